import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/page/metadata'
import { pageNumber } from '@/lib/routing/pageNumber'
import { siteName } from '@/lib/page/pageLocale'

type Section =
  'articles' | 'monuments' | 'resolutions' | 'recognitions' | 'timeline' | 'people' | 'search'

/**
 * `generateMetadata` for a section's index page: its title (and intro, where it has one) in the
 * locale. On `/…/page/N` the title says the page and the canonical address is that page's own.
 */
export const sectionMetadata =
  (section: Section) =>
  async ({ params }: { params: Promise<{ locale: string; page?: string }> }): Promise<Metadata> => {
    const { locale, page: pageParam } = await params
    const page = pageParam === undefined ? 1 : pageNumber(pageParam)
    if (!isLocale(locale) || !page) return {}
    const t = await getTranslations({ locale, namespace: section })
    return pageMetadata({
      locale,
      path: page === 1 ? `/${section}` : `/${section}/page/${page}`,
      title: page === 1 ? t('title') : `${t('title')} · ${page}`,
      description: t.has('intro') ? t('intro' as never) : undefined,
      siteName: await siteName(locale),
    })
  }
