'use client'

import { useField, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { adminLanguage } from '@/i18n/adminMessage'

type Props = { path: string; maxLength: number }

const reached = {
  az: (max: string) => `Limitə çatıldı: ${max} simvol. Artığı yazılmır.`,
  en: (max: string) => `Limit reached: ${max} characters. Anything more is not taken.`,
  ru: (max: string) => `Достигнут предел: ${max} символов. Больше ввести нельзя.`,
}
const counted = {
  az: (n: string, max: string) => `${max} simvoldan ${n}`,
  en: (n: string, max: string) => `${n} of ${max} characters`,
  ru: (n: string, max: string) => `${n} из ${max} символов`,
}

/** Payload's input id for a field path (`TextInput`, `TextareaInput`). */
const inputId = (path: string) => `field-${path.replace(/\./g, '__')}`

/**
 * After a text or textarea field with a maxLength: gives the input the HTML `maxlength`, so the
 * browser itself refuses typing and cuts a paste at the limit before anything reaches the form, and
 * counts the characters. Payload's inputs do not pass `maxLength` to the element.
 */
export function LengthLimit({ path, maxLength }: Props) {
  const { value } = useField<string>({ path })
  const { i18n } = useTranslation()
  const language = adminLanguage(i18n.language)

  useEffect(() => {
    const input = document.getElementById(inputId(path))
    if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)
      input.maxLength = maxLength
  }, [path, maxLength])

  const length = typeof value === 'string' ? value.length : 0
  const format = new Intl.NumberFormat(language)
  const [n, max] = [format.format(length), format.format(maxLength)]
  const full = length >= maxLength
  return (
    <div className={`length-limit${full ? ' length-limit--full' : ''}`}>
      <span aria-label={counted[language](n, max)}>
        {n} / {max}
      </span>
      {/* Announced once, when the limit is met, not at every keystroke. */}
      <span role="status">{full ? reached[language](max) : ''}</span>
    </div>
  )
}
