import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Subject } from '@/lib/queries/submissions'
import {
  ABOUT_EVENTS,
  formFields,
  HONEYPOT,
  STARTED,
  type FormErrors,
  type FormField,
  type FormValues,
} from '@/lib/submissions/form'
import {
  senderRelations,
  submissionFates,
  submissionFileTypes,
  submissionLimits,
  writingLanguages,
  type SubmissionKind,
} from '@/lib/submissions/model'

export type PersonChoice = { about: string; name: string; lang?: string }

type Props = {
  locale: Locale
  kind: SubmissionKind
  values: FormValues
  errors: FormErrors
  /** The document a correction is about, or the person a testimony was started from. */
  subject: Subject | null
  /** People found by the name search, to choose whom a testimony is about. */
  people: PersonChoice[]
  started: string
  hadFiles: boolean
}

type ErrorField = FormField | 'files'

/** The fields in the order the form shows them, so the summary lists errors as the visitor meets them. */
const fieldOrder: ErrorField[] = formFields.flatMap((field): ErrorField[] =>
  field === 'kind' ? [] : field === 'source' ? [field, 'files'] : [field],
)

const inputId = (field: ErrorField) => `field-${field}`

/**
 * The public form for testimonies, names and corrections: a plain multipart POST that works without
 * JavaScript. A refused form comes back with everything written in it, a summary of the errors
 * linked to their fields, each field's own message tied to it (`aria-describedby`), and the first
 * field in error focused.
 */
export async function SubmissionForm({
  locale,
  kind,
  values,
  errors,
  subject,
  people,
  started,
  hadFiles,
}: Props) {
  const t = await getTranslations('remember')
  const fates = await getTranslations('people.fates')
  const listed = fieldOrder.filter((field) => errors[field])
  const firstInvalid = listed[0]
  const errorOf = (field: ErrorField) =>
    errors[field] ? (
      <p className="field-error" id={`${inputId(field)}-error`}>
        {errors[field]}
      </p>
    ) : null
  /** What every input of a field carries: its id, its error, focus when it is the first wrong one. */
  const control = (field: ErrorField, hint?: string) => ({
    id: inputId(field),
    name: field,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby':
      [errors[field] ? `${inputId(field)}-error` : null, hint ? `${inputId(field)}-hint` : null]
        .filter(Boolean)
        .join(' ') || undefined,
    autoFocus: field === firstInvalid ? true : undefined,
  })
  const required = <span className="muted"> {t('required')}</span>
  const text = (field: FormField, label: ReactNode, maxLength: number, isRequired = false) => (
    <div className="form-field">
      <label htmlFor={inputId(field)}>
        {label}
        {isRequired ? required : null}
      </label>
      {errorOf(field)}
      <input
        type={field === 'email' ? 'email' : 'text'}
        defaultValue={values[field] ?? ''}
        maxLength={maxLength}
        autoComplete={field === 'email' ? 'email' : field === 'senderName' ? 'name' : 'off'}
        {...control(field, field === 'email' ? 'hint' : undefined)}
      />
      {field === 'email' ? (
        <p className="muted" id={`${inputId(field)}-hint`}>
          {t('emailHint')}
        </p>
      ) : null}
    </div>
  )
  const about = values.about ?? subject?.about ?? ''
  return (
    <form
      method="post"
      action={`/${locale}/remember/send`}
      encType="multipart/form-data"
      className="submission-form"
      noValidate
    >
      {errors.form ? (
        <p className="form-alert" role="alert" tabIndex={-1} autoFocus={!firstInvalid}>
          {errors.form}
        </p>
      ) : null}
      {listed.length ? (
        <div className="form-alert" role="alert">
          <h2>{t('errors.summary')}</h2>
          <ul>
            {listed.map((field) => (
              <li key={field}>
                <a href={`#${inputId(field)}`}>{errors[field]}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={STARTED} value={started} />
      {/* No person sees or fills this field; a bot that fills every field does. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="field-website">{t('honeypot')}</label>
        <input id="field-website" name={HONEYPOT} type="text" tabIndex={-1} autoComplete="off" />
      </div>

      {kind === 'correction' ? (
        <>
          <input type="hidden" name="about" value={about} />
          {errorOf('about')}
        </>
      ) : kind === 'testimony' ? (
        <fieldset
          className="form-field"
          {...(errors.about ? { 'aria-describedby': `${inputId('about')}-error` } : {})}
        >
          <legend>
            {t('personLegend')}
            {required}
          </legend>
          {errorOf('about')}
          {people.map((person, i) => (
            <label key={person.about} className="choice">
              <input
                type="radio"
                name="about"
                value={person.about}
                defaultChecked={about === person.about}
                {...(i === 0 ? { id: inputId('about'), autoFocus: firstInvalid === 'about' } : {})}
              />{' '}
              <span lang={person.lang}>{person.name}</span>
            </label>
          ))}
          <label className="choice">
            <input
              type="radio"
              name="about"
              value={ABOUT_EVENTS}
              defaultChecked={about === ABOUT_EVENTS}
              {...(people.length
                ? {}
                : { id: inputId('about'), autoFocus: firstInvalid === 'about' })}
            />{' '}
            {t('aboutEvents')}
          </label>
        </fieldset>
      ) : (
        <>
          {text('givenName', t('givenName'), submissionLimits.short)}
          {text('familyName', t('familyName'), submissionLimits.short)}
          {text('patronymic', t('patronymic'), submissionLimits.short)}
          <div className="form-field">
            <label htmlFor={inputId('fate')}>{t('fate')}</label>
            {errorOf('fate')}
            <select defaultValue={values.fate ?? ''} {...control('fate')}>
              <option value="">{t('fateUnknown')}</option>
              {submissionFates.map((fate) => (
                <option key={fate} value={fate}>
                  {fates(fate)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}

      <div className="form-field">
        <label htmlFor={inputId('text')}>
          {t(`text.${kind}`)}
          {kind === 'name' ? null : required}
        </label>
        {errorOf('text')}
        <textarea
          rows={kind === 'testimony' ? 12 : 6}
          maxLength={submissionLimits.text}
          defaultValue={values.text ?? ''}
          {...control('text')}
        />
      </div>
      <div className="form-field">
        <label htmlFor={inputId('source')}>{t('source')}</label>
        {errorOf('source')}
        <textarea
          rows={3}
          maxLength={submissionLimits.source}
          defaultValue={values.source ?? ''}
          {...control('source')}
        />
      </div>
      <div className="form-field">
        <label htmlFor={inputId('files')}>
          {t('files', {
            count: submissionLimits.files,
            megabytes: submissionLimits.fileBytes / 1024 / 1024,
          })}
        </label>
        {errorOf('files')}
        {hadFiles ? <p className="field-error">{t('errors.reattach')}</p> : null}
        <input type="file" multiple accept={submissionFileTypes.join(',')} {...control('files')} />
      </div>

      <fieldset>
        <legend>{t('aboutYou')}</legend>
        {text('senderName', t('senderName'), submissionLimits.short, true)}
        <div className="form-field">
          <label htmlFor={inputId('relation')}>
            {t('relation')}
            {required}
          </label>
          {errorOf('relation')}
          <select defaultValue={values.relation ?? ''} {...control('relation')}>
            <option value="" />
            {senderRelations.map((relation) => (
              <option key={relation} value={relation}>
                {t(`relations.${relation}`)}
              </option>
            ))}
          </select>
        </div>
        {text('email', t('email'), submissionLimits.short, true)}
        <div className="form-field">
          <label htmlFor={inputId('language')}>{t('language')}</label>
          {errorOf('language')}
          <select defaultValue={values.language || locale} {...control('language')}>
            {writingLanguages.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('consentLegend')}</legend>
        <label className="choice">
          <input
            type="checkbox"
            value="yes"
            defaultChecked={Boolean(values.publishText)}
            {...control('publishText')}
          />{' '}
          {t('publishText')}
        </label>
        <fieldset className="form-field">
          <legend>{t('attributionLegend')}</legend>
          {errorOf('attribution')}
          <label className="choice">
            <input
              type="radio"
              name="attribution"
              value="name"
              defaultChecked={values.attribution === 'name'}
              id={inputId('attribution')}
              autoFocus={firstInvalid === 'attribution' ? true : undefined}
            />{' '}
            {t('attributionName')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name="attribution"
              value="relation"
              defaultChecked={values.attribution === 'relation'}
            />{' '}
            {t('attributionRelation')}
          </label>
        </fieldset>
        <label className="choice">
          <input
            type="checkbox"
            value="yes"
            defaultChecked={Boolean(values.contact)}
            {...control('contact')}
          />{' '}
          {t('contact')}
        </label>
      </fieldset>
      <p>
        <button type="submit">{t('send')}</button>
      </p>
    </form>
  )
}
