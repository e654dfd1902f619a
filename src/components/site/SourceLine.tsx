import { getTranslations } from 'next-intl/server'

import { sourceDetails, type SourceFields } from '@/lib/format/sourceLine'

type Props = { source: SourceFields & { url?: string | null; document?: unknown } }

/** One source as every page names it: its title (a link to it when there is one), then its date and publisher. */
export async function SourceLine({ source }: Props) {
  const t = await getTranslations('sources')
  const document =
    typeof source.document === 'object' && source.document
      ? (source.document as { url?: string | null })
      : null
  const href = source.url || document?.url
  return (
    <>
      {href ? <a href={href}>{source.title}</a> : source.title}{' '}
      {sourceDetails(source, t('publisherNotNamed'))}
    </>
  )
}
