import { getTranslations } from 'next-intl/server'

import type { Testimony } from '@/payload-types'

type Props = {
  testimonies: Pick<Testimony, 'id' | 'text' | 'language' | 'contributor' | 'relation'>[]
}

/**
 * Testimonies as their senders wrote them, in their language (marked for screen readers and
 * hyphenation), signed as each sender consented: their name and relation, or the relation alone.
 */
export async function Testimonies({ testimonies }: Props) {
  if (!testimonies.length) return null
  const t = await getTranslations('remember')
  return (
    <section aria-labelledby="testimonies-heading">
      <h2 id="testimonies-heading">{t('testimonies')}</h2>
      {testimonies.map((testimony) => {
        const relation = testimony.relation ? t(`relations.${testimony.relation}`) : ''
        return (
          <figure key={testimony.id} className="testimony">
            <blockquote lang={testimony.language === 'other' ? undefined : testimony.language}>
              {testimony.text.split(/\n{2,}/).map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
            </blockquote>
            {relation || testimony.contributor ? (
              <figcaption>
                {testimony.contributor
                  ? t('sentByName', { name: testimony.contributor, relation })
                  : t('sentByRelation', { relation })}
              </figcaption>
            ) : null}
          </figure>
        )
      })}
    </section>
  )
}
