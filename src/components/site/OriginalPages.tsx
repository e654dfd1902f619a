import { getMessages, getTranslations } from 'next-intl/server'

import { IiifLink } from '@/components/site/IiifLink'
import { OriginalViewer } from '@/components/site/OriginalViewer.client'
import type { Locale } from '@/i18n/locales'
import { imageServicePath, previewSize } from '@/lib/iiif/imageService'
import type { Media } from '@/payload-types'

/**
 * The pages of a document's original, once the media job has read them: each page's image from its
 * IIIF service, a link to the PDF at that page (so they work without JavaScript), and "View the
 * original" for a deep-zoom viewer. Each page is an anchor (`#page-3`) the viewer opens at.
 */
export async function OriginalPages({
  file,
  documentId,
  locale,
}: {
  file: Media
  /** The resolution the file is the original of: its manifest holds the pages. */
  documentId: number | string
  locale: Locale
}) {
  const pages =
    file.processing?.status === 'done'
      ? (file.pages ?? []).filter((page) => page.width && page.height)
      : []
  if (!pages.length || !file.url) return null
  const t = await getTranslations({ locale, namespace: 'resolutions' })
  return (
    <>
      <OriginalViewer
        sources={pages.map((page) => `${imageServicePath(file.id, page.number)}/info.json`)}
        labels={{
          view: t('view'),
          pageOf: t.raw('pageOf') as string,
          // The viewer's own words, as the catalog holds them (none has a placeholder).
          ...(await getMessages({ locale })).resolutions.viewer,
        }}
      />
      <h3>{t('originalPages')}</h3>
      <ol className="original-pages">
        {pages.map((page) => {
          const size = previewSize(page.width!, page.height!)
          return (
            <li key={page.number} id={`page-${page.number}`}>
              <a href={`${file.url}#page=${page.number}`} type="application/pdf">
                {/* eslint-disable-next-line @next/next/no-img-element -- the IIIF service's own size, no resizing */}
                <img
                  src={`${imageServicePath(file.id, page.number)}/full/${size.width},${size.height}/0/default.jpg`}
                  width={size.width}
                  height={size.height}
                  alt=""
                  loading="lazy"
                  decoding="async"
                />
                <span>{t('page', { page: page.number })}</span>
              </a>
            </li>
          )
        })}
      </ol>
      <IiifLink collection="resolutions" id={documentId} />
    </>
  )
}
