import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { bibtexCitation, plainCitation } from '@/lib/format/citation'
import { formatDate } from '@/lib/format/intl'
import { formatPreciseDate, type DatePrecision } from '@/lib/format/preciseDate'
import { permalinkPath } from '@/lib/routing/routes'
import { absoluteUrl } from '@/lib/routing/siteUrl'

type Props = {
  collection: string
  id: number | string
  title: string
  siteName: string
  /** A publication instant, or with `datePrecision` a calendar date known to that precision. */
  date?: string | null
  datePrecision?: DatePrecision | null
  locale: Locale
}

/** "Cite this page": a permanent link by id and the citation as text and BibTeX, in the page's language. */
export async function CiteBox({
  collection,
  id,
  title,
  siteName,
  date,
  datePrecision,
  locale,
}: Props) {
  const t = await getTranslations('cite')
  const url = absoluteUrl(permalinkPath(collection, id, locale))
  const citation = {
    title,
    siteName,
    url,
    date,
    locale,
    key: `khojaly-${collection}-${id}-${locale}`,
    formattedDate: datePrecision
      ? formatPreciseDate(date, datePrecision, locale)
      : formatDate(date, locale),
  }
  return (
    <details className="cite-box">
      <summary>{t('title')}</summary>
      <dl>
        <dt>{t('permalink')}</dt>
        <dd>
          <a href={url}>{url}</a>
        </dd>
        <dt>{t('plain')}</dt>
        <dd>
          <p className="citation">{plainCitation(citation)}</p>
        </dd>
        <dt>{t('bibtex')}</dt>
        <dd>
          <pre className="bibtex">{bibtexCitation(citation)}</pre>
        </dd>
      </dl>
    </details>
  )
}
