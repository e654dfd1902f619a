import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Fragment } from 'react'

import { CiteBox } from '@/components/site/CiteBox'
import { Contribute } from '@/components/site/Contribute'
import { FallbackNotice } from '@/components/site/FallbackNotice'
import { FateStatus } from '@/components/site/FateStatus'
import { IntentLink } from '@/components/site/IntentLink.client'
import { IiifLink } from '@/components/site/IiifLink'
import { JsonLd } from '@/components/site/JsonLd'
import { LocalizedText } from '@/components/site/LocalizedText'
import { Picture } from '@/components/site/Picture'
import { RichText } from '@/components/site/RichText'
import { SourceLine } from '@/components/site/SourceLine'
import { SourcesList } from '@/components/site/SourcesList'
import { Testimonies } from '@/components/site/Testimonies'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import { formatNumber } from '@/lib/format/intl'
import { formatPreciseDate, preciseDateAttr } from '@/lib/format/preciseDate'
import { breadcrumbLd, personLd } from '@/lib/page/jsonLd'
import { pageMetadata } from '@/lib/page/metadata'
import { pageLocale, siteName } from '@/lib/page/pageLocale'
import { statusOf } from '@/lib/people/fates'
import { personName } from '@/lib/people/names'
import { pickText } from '@/lib/queries/globals'
import { getPerson, personForms } from '@/lib/queries/registry'
import { publishedTestimonies } from '@/lib/queries/submissions'
import { localePath } from '@/lib/routing/routes'
import type { LocalizedValue } from '@/lib/translation/localize'
import type { Media, Person } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

type Text = (
  raw: string | null | undefined,
  az: string | null | undefined,
) => LocalizedValue<string> | null

/**
 * Text in the page's language, or az marked as az. A person not offered in the locale is read
 * whole in az (`localize`), relatives and memorials included: then nothing is the locale's.
 */
const textFor =
  (offered: boolean, locale: Locale): Text =>
  (raw, az) =>
    offered ? pickText(raw, az, locale) : pickText(null, raw || az, locale)

/** A person's name as the page shows it; the az line when no part of a name is there at all. */
const shownName = (doc: Person, az: Person | undefined, text: Text): LocalizedValue<string> =>
  text(personName(doc), az && personName(az)) ?? { value: doc.fullName ?? '', lang: 'az' }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const person = await getPerson(locale, slug)
  if (!person) return {}
  const [t, name] = await Promise.all([
    getTranslations({ locale, namespace: 'people' }),
    siteName(locale),
  ])
  const { doc } = person
  const photo = typeof doc.photo === 'object' ? doc.photo : null
  return pageMetadata({
    locales: person.locales,
    locale,
    path: `/people/${doc.slug}`,
    title: shownName(doc, person.source, textFor(person.offered, locale)).value,
    description: statusOf(doc.fates)
      .sequence.map((fate) => t(`fates.${fate}`))
      .join(', '),
    // A photograph only when it may be shown without a warning: a sensitive one stays behind it.
    image: photo && !photo.sensitive ? photo : undefined,
    siteName: name,
  })
}

export default async function PersonPage({ params }: Props) {
  const locale = await pageLocale(params)
  const person = await getPerson(locale, (await params).slug)
  if (!person) notFound()
  const { doc, source } = person
  const [t, site, namesByLocale, testimonies] = await Promise.all([
    getTranslations('people'),
    siteName(locale),
    personForms(doc.id),
    publishedTestimonies({ person: doc.id }),
  ])
  const text = textFor(person.offered, locale)
  const name = shownName(doc, source, text)
  const { disputed } = statusOf(doc.fates)
  const forms = locales.flatMap(({ code, label }) => {
    const form = namesByLocale[code]
    return form ? [{ code, label, form }] : []
  })
  const sourceOf = <T extends { id?: string | null }>(
    rows: T[] | null | undefined,
    id?: string | null,
  ) => rows?.find((row) => id && row.id === id)
  const photo = typeof doc.photo === 'object' ? doc.photo : null
  const biography = person.get('biography')
  const relatives = (doc.family ?? []).flatMap((row) =>
    typeof row.person === 'object' ? [{ ...row, person: row.person }] : [],
  )
  const memorials = (doc.memorials ?? []).flatMap((row) =>
    typeof row.monument === 'object' ? [{ ...row, monument: row.monument }] : [],
  )
  return (
    <article className="prose person">
      <FallbackNotice show={!person.offered} locales={person.locales} />
      <LocalizedText as="h1" text={name} locale={locale} />
      <FateStatus status={doc.facets} />
      {photo ? <PersonPhoto photo={photo} name={name.value} locale={locale} /> : null}
      {forms.length ? (
        <section aria-labelledby="names-heading">
          <h2 id="names-heading">{t('names')}</h2>
          <dl className="facts-table">
            {forms.map(({ code, label, form }) => (
              <Fragment key={code}>
                <dt>{label}</dt>
                <dd lang={code}>{form}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ) : null}
      {doc.variants?.length ? (
        <section aria-labelledby="variants-heading">
          <h2 id="variants-heading">{t('variants')}</h2>
          <ul>
            {doc.variants.map((variant, i) => (
              <li key={variant.id ?? i}>
                {variant.name}
                {variant.foundIn ? (
                  <span className="muted"> — {t('foundIn', { source: variant.foundIn })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <PersonFacts doc={doc} birthplace={person.get('birthplace')} locale={locale} />
      {doc.fates?.length ? (
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">{t('fateClaims')}</h2>
          {disputed.length ? (
            <p className="fallback-notice" role="note">
              {t('conflicting')}
            </p>
          ) : null}
          <ul className={disputed.length ? 'fate-claims conflicting' : 'fate-claims'}>
            {doc.fates.map((claim, i) => {
              const az = sourceOf(source?.fates, claim.id)
              const place = text(claim.place, az?.place)
              const circumstances = text(claim.circumstances, az?.circumstances)
              return (
                <li key={claim.id ?? i} className="fate-claim" data-confidence={claim.confidence}>
                  <h3>{t(`fates.${claim.fate}`)}</h3>
                  <p className="meta">{t(`confidence.${claim.confidence}`)}</p>
                  {claim.date ? (
                    <p>
                      <time dateTime={preciseDateAttr(claim.date, claim.datePrecision)}>
                        {formatPreciseDate(claim.date, claim.datePrecision, locale)}
                      </time>
                    </p>
                  ) : null}
                  {place ? (
                    <p>
                      {t('place')}: <LocalizedText text={place} locale={locale} />
                    </p>
                  ) : null}
                  <LocalizedText as="p" text={circumstances} locale={locale} />
                  {claim.sources?.length ? (
                    <>
                      <p className="meta">{t('sources')}</p>
                      <ol className="claim-sources">
                        {claim.sources.map((s, j) => (
                          <li key={s.id ?? j}>
                            <SourceLine source={s} />
                          </li>
                        ))}
                      </ol>
                    </>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
      {relatives.length ? (
        <section aria-labelledby="family-heading">
          <h2 id="family-heading">{t('family')}</h2>
          <ul>
            {relatives.map((row, i) => (
              <li key={row.id ?? i}>
                <IntentLink href={localePath(locale, 'people', row.person.slug)}>
                  <LocalizedText
                    text={shownName(
                      row.person,
                      sourceOf(source?.family, row.id)?.person as Person | undefined,
                      text,
                    )}
                    locale={locale}
                  />
                </IntentLink>{' '}
                <span className="muted">({t(`relations.${row.relation}`)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {memorials.length ? (
        <section aria-labelledby="memorials-heading">
          <h2 id="memorials-heading">{t('memorials')}</h2>
          <ul>
            {memorials.map((row, i) => {
              const az = sourceOf(source?.memorials, row.id)?.monument
              const where = t('panelLine', {
                panel: row.panel?.trim() || 'none',
                line: row.line?.trim() || 'none',
              }).trim()
              return (
                <li key={row.id ?? i}>
                  <IntentLink href={localePath(locale, 'monuments', row.monument.slug)}>
                    <LocalizedText
                      text={text(row.monument.name, typeof az === 'object' ? az?.name : null)}
                      locale={locale}
                    />
                  </IntentLink>
                  {where ? <span className="muted">, {where}</span> : null}
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
      {biography ? (
        <section aria-labelledby="biography-heading">
          <h2 id="biography-heading">{t('biography')}</h2>
          <RichText data={biography.value} locale={locale} lang={biography.lang} />
        </section>
      ) : null}
      <Testimonies testimonies={testimonies} />
      <FallbackNotice show={person.offered && person.anyFallback()} />
      {photo && !photo.sensitive && photo.url ? <IiifLink collection="people" id={doc.id} /> : null}
      <SourcesList sources={doc.sources} />
      <CiteBox collection="people" id={doc.id} title={name.value} siteName={site} locale={locale} />
      <Contribute locale={locale} collection="people" id={doc.id} memory />
      {/* What the page shows and no more: the record's disclosure already left out the rest. */}
      <JsonLd
        data={[
          personLd(
            {
              locale,
              path: `/people/${doc.slug}`,
              textLanguage: name.lang,
              locales: person.locales,
            },
            {
              name: name.value,
              alternateName: forms.map(({ form }) => form).filter((form) => form !== name.value),
              birthDate: doc.born,
              birthDatePrecision: doc.bornPrecision,
              birthPlace: person.get('birthplace')?.value,
              image: photo && !photo.sensitive ? photo.url : null,
            },
          ),
          breadcrumbLd(locale, [
            { name: site, path: '' },
            { name: t('title'), path: '/people' },
            { name: name.value, path: `/people/${doc.slug}` },
          ]),
        ]}
      />
    </article>
  )
}

/** Birth, age, birthplace and gender: each only when the record shows it. */
async function PersonFacts({
  doc,
  birthplace,
  locale,
}: {
  doc: Person
  birthplace: LocalizedValue<string> | null
  locale: Locale
}) {
  const t = await getTranslations('people')
  const age = typeof doc.age === 'number' ? formatNumber(doc.age, locale) : null
  if (!doc.born && !age && !birthplace && !doc.gender) return null
  return (
    <dl className="facts-table">
      {doc.born ? (
        <>
          <dt>{t('born')}</dt>
          <dd>
            <time dateTime={preciseDateAttr(doc.born, doc.bornPrecision)}>
              {formatPreciseDate(doc.born, doc.bornPrecision, locale)}
            </time>
          </dd>
        </>
      ) : null}
      {age ? (
        <>
          <dt>{t('age')}</dt>
          <dd>{doc.ageFromBirthDate ? age : t('ageStated', { age })}</dd>
        </>
      ) : null}
      {birthplace ? (
        <>
          <dt>{t('birthplace')}</dt>
          <LocalizedText as="dd" text={birthplace} locale={locale} />
        </>
      ) : null}
      {doc.gender ? (
        <>
          <dt>{t('gender')}</dt>
          <dd>{t(`genders.${doc.gender}`)}</dd>
        </>
      ) : null}
    </dl>
  )
}

/** The photograph, behind the content notice when it is marked sensitive (Picture does that). */
async function PersonPhoto({
  photo,
  name,
  locale,
}: {
  photo: Media
  name: string
  locale: Locale
}) {
  const t = await getTranslations('people')
  return (
    <Picture
      media={photo}
      locale={locale}
      size="card"
      sizes="(max-width: 44rem) 100vw, 20rem"
      alt={{ value: t('photo', { name }), lang: locale }}
      className="person-photo"
      captioned
    />
  )
}
