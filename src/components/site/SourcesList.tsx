import { getTranslations } from 'next-intl/server'

import { SourceLine } from '@/components/site/SourceLine'
import type { SourceFields } from '@/lib/format/sourceLine'

type Source = SourceFields & { id?: string | null; url?: string | null; document?: unknown }

/** Where the facts on the page come from, so readers can check them. */
export async function SourcesList({ sources }: { sources: Source[] | null | undefined }) {
  if (!sources?.length) return null
  const t = await getTranslations('sources')
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('title')}</h2>
      <ol>
        {sources.map((source, i) => (
          <li key={source.id ?? i}>
            <SourceLine source={source} />
          </li>
        ))}
      </ol>
    </section>
  )
}
