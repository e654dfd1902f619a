'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { optionLabels, rowLabels } from '@/i18n/adminLabels'
import { adminLanguage } from '@/i18n/adminMessage'

/** A page of a PDF in the media's page list: its number and where its text came from. */
export function PageRowLabel() {
  const { data, rowNumber } = useRowLabel<{ number?: number; method?: string }>()
  const language = adminLanguage(useTranslation().i18n.language)
  const method = data?.method ? optionLabels.method[data.method]?.[language] : null
  return (
    <span>
      {rowLabels.pages[language]} {data?.number ?? (rowNumber ?? 0) + 1}
      {method ? ` · ${method}` : ''}
    </span>
  )
}
