import type { Payload } from 'payload'

import type { Trilingual } from '@/i18n/adminMessage'
import { jobsCollection } from '@/lib/translation/jobs'

/** The id of the form the Translations view's row checkboxes belong to (their `form` attribute). */
export const ASSIGN_FORM = 'assign-jobs'

const text = {
  title: { az: 'Tərcümə işi tapşır', en: 'Assign a translation job', ru: 'Назначить перевод' },
  hint: {
    az: 'Aşağıdakı cədvəllərdə sənədləri və dilləri seçin: hər dil üçün bir iş yaradılır.',
    en: 'Tick documents and locales in the tables below: one job is created per locale.',
    ru: 'Отметьте документы и языки в таблицах ниже: для каждого языка создаётся одно задание.',
  },
  translator: { az: 'Tərcüməçi', en: 'Translator', ru: 'Переводчик' },
  reviewer: {
    az: 'Yoxlayan (istəyə görə)',
    en: 'Reviewer (optional)',
    ru: 'Рецензент (необязательно)',
  },
  due: { az: 'Son tarix', en: 'Due by', ru: 'Срок' },
  notes: { az: 'Qeydlər', en: 'Notes for the translator', ru: 'Заметки для переводчика' },
  assign: { az: 'Tapşır', en: 'Assign', ru: 'Назначить' },
  select: { az: 'Seçin', en: 'Select', ru: 'Выберите' },
} satisfies Record<string, Trilingual>

type Props = {
  payload: Payload
  lang: keyof Trilingual
  message?: string
  error?: string
}

/**
 * The Translations view's "Assign" form (editors): translator, optional reviewer, due date and
 * notes, posted with the ticked rows to `POST /api/translation-jobs/assign`, which sends the browser
 * back with what it did. A plain form: it works without the admin's JavaScript.
 */
export async function AssignJobsForm({ payload, lang, message, error }: Props) {
  const { docs: people } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['translator', 'editor', 'admin'] } },
    sort: 'name',
    pagination: false,
    depth: 0,
    select: { name: true, email: true, roles: true },
  })
  const translators = people.filter((u) =>
    u.roles?.some((r) => r === 'translator' || r === 'editor'),
  )
  const reviewers = people.filter((u) => u.roles?.some((r) => r === 'editor' || r === 'admin'))
  const label = { display: 'inline-block', marginRight: '1rem', verticalAlign: 'top' } as const
  return (
    <form
      id={ASSIGN_FORM}
      className="assign-jobs"
      method="post"
      action={`${payload.config.routes.api}/${jobsCollection}/assign`}
      style={{
        margin: '1rem 0 2rem',
        padding: '1rem',
        border: '1px solid var(--theme-elevation-150)',
      }}
    >
      <h2 style={{ marginTop: 0 }}>{text.title[lang]}</h2>
      <p>{text.hint[lang]}</p>
      {message && (
        <p className="assign-jobs__message" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="assign-jobs__error" role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      <input type="hidden" name="back" value={`${payload.config.routes.admin}/translations`} />
      <label style={label}>
        {text.translator[lang]}
        <br />
        <select name="assignee" required defaultValue="">
          <option value="" disabled>
            {text.select[lang]}
          </option>
          {translators.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name || u.email}
            </option>
          ))}
        </select>
      </label>
      <label style={label}>
        {text.reviewer[lang]}
        <br />
        <select name="reviewer" defaultValue="">
          <option value="">—</option>
          {reviewers.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name || u.email}
            </option>
          ))}
        </select>
      </label>
      <label style={label}>
        {text.due[lang]}
        <br />
        <input type="date" name="dueDate" />
      </label>
      <label style={label}>
        {text.notes[lang]}
        <br />
        <textarea name="notes" rows={1} maxLength={4000} />
      </label>
      <button type="submit" className="btn btn--style-primary btn--size-small">
        {text.assign[lang]}
      </button>
    </form>
  )
}
