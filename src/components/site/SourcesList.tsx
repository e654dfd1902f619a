import { getTranslations } from 'next-intl/server'

type Source = {
  id?: string | null
  title: string
  publisher?: string | null
  date?: string | null
  url?: string | null
  document?: unknown
}

/** Where the facts on the page come from, so readers can check them. */
export async function SourcesList({ sources }: { sources: Source[] | null | undefined }) {
  if (!sources?.length) return null
  const t = await getTranslations('sources')
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('title')}</h2>
      <ol>
        {sources.map((source, i) => {
          const document =
            typeof source.document === 'object' && source.document
              ? (source.document as { url?: string | null })
              : null
          const href = source.url || document?.url
          return (
            <li key={source.id ?? i}>
              {href ? <a href={href}>{source.title}</a> : source.title}
              {source.publisher ? `, ${source.publisher}` : ''}
              {source.date ? ` (${source.date})` : ''}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
