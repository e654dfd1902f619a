import { getLocale, getTranslations } from 'next-intl/server'

import { localeCodes, type Locale } from '@/i18n/locales'

type Props = {
  show: boolean
  /** The locales the document is published in: the language switcher offers only these. */
  locales?: Locale[]
}

/**
 * Says, in the visitor's language, that what follows is shown in az because it is not translated
 * (or not published) yet. With `locales`, it also marks the document's unpublished locales, and the
 * stylesheet hides them in the header's language switcher: the header belongs to the layout, which
 * does not know the document, and the mark works without JavaScript. The current locale stays.
 */
export async function FallbackNotice({ show, locales }: Props) {
  const current = await getLocale()
  const unpublished = locales && localeCodes.filter((l) => !locales.includes(l) && l !== current)
  const t = show ? await getTranslations('site') : null
  return (
    <>
      {unpublished?.length ? (
        <span hidden data-unpublished-locales={unpublished.join(' ')} />
      ) : null}
      {t && (
        <p className="fallback-notice" role="note">
          {t('fallbackNotice')}
        </p>
      )}
    </>
  )
}
