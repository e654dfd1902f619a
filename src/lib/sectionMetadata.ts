import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/metadata'
import { siteName } from '@/lib/pageLocale'

type Section = 'monuments' | 'resolutions' | 'recognitions' | 'timeline' | 'search'

/** `generateMetadata` for a section's index page: its title (and intro, where it has one) in the locale. */
export const sectionMetadata =
  (section: Section) =>
  async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params
    if (!isLocale(locale)) return {}
    const t = await getTranslations({ locale, namespace: section })
    return pageMetadata({
      locale,
      path: `/${section}`,
      title: t('title'),
      description: t.has('intro') ? t('intro' as never) : undefined,
      siteName: await siteName(locale),
    })
  }
