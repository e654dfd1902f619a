'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { adminLanguage } from '@/i18n/adminMessage'

const words = {
  page: { az: 'Səhifə', en: 'Page', ru: 'Страница' },
  text: { az: 'PDF-in mətni', en: 'text of the PDF', ru: 'текст PDF' },
  ocr: { az: 'OCR', en: 'OCR', ru: 'OCR' },
  none: { az: 'mətn yoxdur', en: 'no text', ru: 'нет текста' },
  corrected: { az: 'düzəldilib', en: 'corrected', ru: 'исправлено' },
}

/** A page of a PDF in the media's page list: its number and where its text came from. */
export function PageRowLabel() {
  const { data, rowNumber } = useRowLabel<{
    number?: number
    method?: Exclude<keyof typeof words, 'page'>
  }>()
  const language = adminLanguage(useTranslation().i18n.language)
  const method = data?.method ? words[data.method]?.[language] : null
  return (
    <span>
      {words.page[language]} {data?.number ?? (rowNumber ?? 0) + 1}
      {method ? ` · ${method}` : ''}
    </span>
  )
}
