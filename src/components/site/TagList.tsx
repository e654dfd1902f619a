import { Fragment } from 'react'

import { LocalizedText } from '@/components/site/LocalizedText'
import type { Locale } from '@/i18n/locales'
import { pickText } from '@/lib/queries/globals'
import type { Tag } from '@/payload-types'

type Props = {
  label: string
  /** The tags as read in the page's locale, without fallback. */
  tags: (number | Tag)[] | null | undefined
  /** The same tags read in az, for names not yet translated. */
  source: (number | Tag)[] | null | undefined
  locale: Locale
}

const populated = (tags: Props['tags']): Tag[] =>
  (tags ?? []).filter((tag): tag is Tag => typeof tag === 'object' && tag !== null)

/** "Tags: Victims, Figures", each name in the page's language or, untranslated, in az marked so. */
export function TagList({ label, tags, source, locale }: Props) {
  const azNames = new Map(populated(source).map((tag) => [tag.id, tag.name]))
  const names = populated(tags).flatMap((tag) => {
    const name = pickText(tag.name, azNames.get(tag.id), locale)
    return name ? [{ id: tag.id, name }] : []
  })
  if (!names.length) return null
  return (
    <p className="tags">
      {label}:{' '}
      {names.map(({ id, name }, i) => (
        <Fragment key={id}>
          {i > 0 && ', '}
          <LocalizedText text={name} locale={locale} />
        </Fragment>
      ))}
    </p>
  )
}
