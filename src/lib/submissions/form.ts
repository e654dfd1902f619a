/** What the public form sends (src/components/site/SubmissionForm.tsx draws it). */

/** The form's text fields, as the page names its inputs, in the order it shows them. */
export const formFields = [
  'kind',
  'about',
  'givenName',
  'familyName',
  'patronymic',
  'fate',
  'text',
  'source',
  'senderName',
  'relation',
  'email',
  'language',
  'publishText',
  'attribution',
  'contact',
] as const
export type FormField = (typeof formFields)[number]

/** The hidden fields against bots: a honeypot no person fills, and the signed moment the form was drawn. */
export const HONEYPOT = 'website'
export const STARTED = 'started'
/** The `about` value of a testimony about the events rather than one person. */
export const ABOUT_EVENTS = 'events'

export type FormValues = Partial<Record<FormField, string>>

/** Messages in the sender's language, by field; `form` is about the whole form. */
export type FormErrors = Partial<Record<FormField | 'files' | 'form', string>>
