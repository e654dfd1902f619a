import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { SubmissionForm, type PersonChoice } from '@/components/site/SubmissionForm'
import { isLocale, type Locale } from '@/i18n/locales'
import { isOneOf } from '@/lib/content/collections'
import { queryParam } from '@/lib/http/queryParam'
import { pageMetadata } from '@/lib/page/metadata'
import { pageLocale, siteName } from '@/lib/page/pageLocale'
import { personName } from '@/lib/people/names'
import { searchRegistry } from '@/lib/queries/registry'
import { formStarted, formSubject, type Subject } from '@/lib/queries/submissions'
import { localePath } from '@/lib/routing/routes'
import { takeForm } from '@/lib/submissions/formStash'
import { submissionKinds, type SubmissionKind } from '@/lib/submissions/model'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Each form carries the moment it was drawn (the time trap): rendered per request (src/proxy.ts).
export const dynamic = 'force-dynamic'

/** People a name search finds, to choose whom a testimony is about. */
const SEARCH_CHOICES = 10

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'remember' })
  return {
    ...pageMetadata({
      locale,
      path: '/remember',
      title: t('title'),
      description: t('intro'),
      siteName: await siteName(locale),
    }),
    robots: { index: false },
  }
}

async function personChoices(
  locale: Locale,
  q: string | undefined,
  subject: Subject | null,
): Promise<PersonChoice[]> {
  const chosen: PersonChoice[] =
    subject?.collection === 'people' ? [{ about: subject.about, name: subject.title }] : []
  if (!q) return chosen
  const found = await searchRegistry(locale, q.slice(0, 200), {}, 1)
  const matches = found.docs.slice(0, SEARCH_CHOICES).map((row): PersonChoice => {
    const own = row.offered ? personName(row.doc) : ''
    return {
      about: `people:${row.doc.id}`,
      name: own || row.doc.fullName || '',
      lang: own ? undefined : 'az',
    }
  })
  return [...chosen, ...matches.filter((m) => !chosen.some((c) => c.about === m.about))]
}

/**
 * The public form (docs/submissions.md): a testimony or memory about a person of the registry or
 * about the events, a name the registry lacks, or a correction of the document it is opened from.
 * A form the API refused comes back here (`form`), with what was written and what to correct.
 */
export default async function RememberPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const t = await getTranslations('remember')
  const state = takeForm(queryParam(query.form))
  // A link may name the subject (`about=people:12`, `about=events`); a refused form names its own.
  const values = state?.values ?? { about: queryParam(query.about) }
  const requested = values.kind || queryParam(query.kind)
  const kind: SubmissionKind = isOneOf(submissionKinds, requested) ? requested : 'testimony'
  const q = queryParam(query.q)
  const subject = await formSubject(locale, values.about)
  const [people, started] = await Promise.all([
    kind === 'testimony' ? personChoices(locale, q, subject) : [],
    formStarted(),
  ])
  const correcting = kind === 'correction'
  return (
    <div className="page-width prose">
      <h1>{correcting ? t('correctionTitle') : t('title')}</h1>
      <p>{t('intro')}</p>
      {correcting ? (
        subject ? (
          <p>
            <a href={subject.path}>{t('correctionAbout', { title: subject.title })}</a>
          </p>
        ) : null
      ) : (
        <nav aria-label={t('kindLegend')} className="form-kinds">
          <ul>
            {(['testimony', 'name'] as const).map((option) => (
              <li key={option}>
                <a
                  href={`${localePath(locale, 'remember')}?kind=${option}`}
                  aria-current={kind === option ? 'page' : undefined}
                >
                  {t(`kinds.${option}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {kind === 'testimony' ? (
        <form
          role="search"
          method="get"
          action={localePath(locale, 'remember')}
          className="search-form"
        >
          <input type="hidden" name="kind" value="testimony" />
          {subject ? <input type="hidden" name="about" value={subject.about} /> : null}
          <label htmlFor="person-q">{t('personSearch')}</label>
          <input id="person-q" type="search" name="q" defaultValue={q ?? ''} maxLength={200} />
          <button type="submit">{t('find')}</button>
          {q && people.length === (subject?.collection === 'people' ? 1 : 0) ? (
            <p className="muted">
              {t('noMatch')}{' '}
              <a href={`${localePath(locale, 'remember')}?kind=name`}>{t('kinds.name')}</a>
            </p>
          ) : null}
        </form>
      ) : null}
      <SubmissionForm
        locale={locale}
        kind={kind}
        values={values}
        errors={state?.errors ?? {}}
        subject={subject}
        people={people}
        started={started}
        hadFiles={state?.hadFiles ?? false}
      />
    </div>
  )
}
