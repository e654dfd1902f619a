import { getTranslation } from '@payloadcms/translations'
import { AdminViewFrame } from '@/components/admin/AdminViewFrame'
import { ASSIGN_FORM, AssignJobsForm } from '@/components/admin/AssignJobsForm'
import type { AdminViewServerProps, CollectionSlug } from 'payload'

import { translationLocales } from '@/i18n/locales'
import { userHasRole } from '@/lib/auth/roles'
import { translationOverview } from '@/lib/translation/translationOverview'
import { adminLanguage } from '@/i18n/adminMessage'
import { leafPathLabel } from '@/lib/translation/fieldLabels'
import {
  statusColours,
  statusLabels,
  translationStatuses,
  type TranslationStatus,
} from '@/lib/translation/status'

const text = {
  title: { az: 'Tərcümələr', en: 'Translations', ru: 'Переводы' },
  intro: {
    az: 'Hər bölmədə tərcümə vəziyyətinin sayları, son dəyişdirilmiş sənədlər və hər vəziyyətin tam siyahısına keçid. Sənədi həmin dildə açmaq üçün keçiddən istifadə edin.',
    en: 'For each collection: how many documents are complete, missing or outdated in each locale, the most recently updated documents, and a link to the full list of each status. Use the link to open a document in that locale.',
    ru: 'Для каждого раздела: сколько документов переведено, не переведено или устарело на каждом языке, последние изменённые документы и ссылка на полный список по каждому статусу. Ссылка открывает документ на этом языке.',
  },
  recent: {
    az: (shown: number, total: number) => `Son dəyişdirilmiş ${shown} sənəd (cəmi ${total}).`,
    en: (shown: number, total: number) =>
      `The ${shown} most recently updated of ${total} documents.`,
    ru: (shown: number, total: number) => `${shown} последних изменённых документов из ${total}.`,
  },
  document: { az: 'Sənəd', en: 'Document', ru: 'Документ' },
  locale: { az: 'Dil', en: 'Locale', ru: 'Язык' },
  status: { az: 'Vəziyyət', en: 'Status', ru: 'Статус' },
  fields: { az: 'Sahələr', en: 'Fields', ru: 'Поля' },
  published: { az: 'Saytda', en: 'On the site', ru: 'На сайте' },
  isPublished: { az: 'dərc olunub', en: 'published', ru: 'опубликовано' },
  notPublished: { az: 'dərc olunmayıb', en: 'not published', ru: 'не опубликовано' },
  missing: { az: 'boş', en: 'empty', ru: 'пусто' },
  outdated: { az: 'köhnəlib', en: 'outdated', ru: 'устарело' },
  open: { az: 'Aç', en: 'Open in', ru: 'Открыть на' },
  none: { az: 'Sənəd yoxdur.', en: 'No documents.', ru: 'Документов нет.' },
  denied: { az: 'Yalnız əməkdaşlar üçün.', en: 'Staff only.', ru: 'Только для сотрудников.' },
}

/**
 * `/admin/translations`: per collection, exact counts per locale and status (each a link to the
 * collection's list filtered to it), and the most recently updated documents × locale with links.
 */
export async function TranslationsView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user, i18n } = req
  const lang = adminLanguage(i18n.language)
  const staff = userHasRole(
    user as Parameters<typeof userHasRole>[0],
    'admin',
    'editor',
    'translator',
  )
  const overview = staff
    ? await translationOverview(payload, user, payload.config.routes.admin)
    : []
  const statusWord = (s: TranslationStatus) => statusLabels[s][lang]
  // Editors assign translation jobs from here: a checkbox per row, one form for them all.
  const assigns = userHasRole(user as Parameters<typeof userHasRole>[0], 'admin', 'editor')
  const param = (name: string) =>
    typeof searchParams?.[name] === 'string' ? (searchParams[name] as string) : undefined
  const fieldNames = (slug: CollectionSlug, paths: string[]) =>
    paths
      .map((path) => leafPathLabel(payload.collections[slug].config.fields, path, i18n))
      .join(', ')

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div id="translations-view">
        <h1>{text.title[lang]}</h1>
        <p>{text.intro[lang]}</p>
        {!staff && <p>{text.denied[lang]}</p>}
        {assigns && (
          <AssignJobsForm
            payload={payload}
            lang={lang}
            message={param('jobsMessage')}
            error={param('jobsError')}
          />
        )}
        {overview.map((collection) => (
          <section
            key={collection.slug}
            className="translations-view__collection"
            data-collection={collection.slug}
            style={{ marginBottom: '2.5rem' }}
          >
            <h2>
              {getTranslation(collection.label as Parameters<typeof getTranslation>[0], i18n)}
            </h2>
            <p className="translations-view__counts">
              {translationLocales.map((l) => (
                <span key={l} data-counts={l} style={{ marginRight: '1.5rem' }}>
                  <strong>{l.toUpperCase()}</strong>:{' '}
                  {translationStatuses.map((s, i) => (
                    <span key={s}>
                      {i > 0 && ' · '}
                      {/* Every document of that status, in the collection's own list (paged, sortable). */}
                      <a href={collection.listHref(l, s)} data-status-list={s}>
                        {statusWord(s)} {collection.counts[l][s]}
                      </a>
                    </span>
                  ))}
                </span>
              ))}
            </p>
            {collection.total > collection.rows.length / translationLocales.length && (
              <p className="translations-view__recent">
                {text.recent[lang](
                  collection.rows.length / translationLocales.length,
                  collection.total,
                )}
              </p>
            )}
            {collection.rows.length === 0 ? (
              <p>{text.none[lang]}</p>
            ) : (
              <table
                className="translations-view__table"
                style={{ width: '100%', borderCollapse: 'collapse' }}
              >
                <thead>
                  <tr>
                    {assigns && <th />}
                    <th style={{ textAlign: 'left' }}>{text.document[lang]}</th>
                    <th style={{ textAlign: 'left' }}>{text.locale[lang]}</th>
                    <th style={{ textAlign: 'left' }}>{text.status[lang]}</th>
                    <th style={{ textAlign: 'left' }}>{text.published[lang]}</th>
                    <th style={{ textAlign: 'left' }}>{text.fields[lang]}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {collection.rows.map((row) => (
                    <tr
                      key={`${row.id}-${row.locale}`}
                      data-doc={`${collection.slug}/${row.id}`}
                      data-locale={row.locale}
                      data-status={row.status ?? ''}
                      data-published={row.published === null ? '' : String(row.published)}
                      style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
                    >
                      {assigns && (
                        <td>
                          <input
                            type="checkbox"
                            className="translations-view__select"
                            form={ASSIGN_FORM}
                            name="select"
                            value={`${collection.slug}/${row.id}/${row.locale}`}
                            aria-label={`${row.title} ${row.locale}`}
                          />
                        </td>
                      )}
                      <td lang="az">{row.title}</td>
                      <td>{row.locale}</td>
                      <td>
                        {row.status && (
                          <span
                            className="translations-view__status"
                            style={{
                              padding: '0 0.5rem',
                              borderRadius: 9,
                              color: '#fff',
                              background: statusColours[row.status],
                            }}
                          >
                            {statusWord(row.status)}
                          </span>
                        )}
                      </td>
                      <td className="translations-view__published">
                        {row.published !== null &&
                          (row.published ? text.isPublished[lang] : text.notPublished[lang])}
                      </td>
                      <td style={{ fontSize: '0.85rem' }}>
                        {row.missing.length > 0 && (
                          <div>
                            {text.missing[lang]}: {fieldNames(collection.slug, row.missing)}
                          </div>
                        )}
                        {row.outdated.length > 0 && (
                          <div>
                            {text.outdated[lang]}: {fieldNames(collection.slug, row.outdated)}
                          </div>
                        )}
                      </td>
                      <td>
                        <a href={row.href} className="translations-view__open">
                          {text.open[lang]} {row.locale.toUpperCase()}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </div>
    </AdminViewFrame>
  )
}
