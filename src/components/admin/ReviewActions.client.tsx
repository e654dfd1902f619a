'use client'

import { Button, useAuth, useForm, useFormFields, useTranslation } from '@payloadcms/ui'

import { adminLanguage } from '@/i18n/adminMessage'
import { userHasRole } from '@/lib/auth/roles'
import type { User } from '@/payload-types'

const text = {
  accept: { az: 'Qəbul et', en: 'Accept the translation', ru: 'Принять перевод' },
  return: { az: 'Rəylərlə qaytar', en: 'Return with comments', ru: 'Вернуть с комментариями' },
  hint: {
    az: 'Qaytarmazdan əvvəl aşağıda sahələrə rəy yazın; rəylər və vəziyyət birlikdə saxlanılır.',
    en: 'Before returning, add comments per field below; they are saved with the new stage.',
    ru: 'Перед возвратом добавьте ниже комментарии к полям; они сохранятся вместе с новым этапом.',
  },
}

/**
 * The reviewer's two buttons on a job in review: accept (stage Accepted) or return (stage Being
 * translated), each saving the form as it is, comments included, in one write that the server
 * checks (a return needs an unresolved comment). Editors and admins only.
 */
export function ReviewActions() {
  const { user } = useAuth<User>()
  const { submit } = useForm()
  const state = useFormFields(([fields]) => fields.state?.value)
  const lang = adminLanguage(useTranslation().i18n.language)
  if (state !== 'inReview' || !userHasRole(user, 'admin', 'editor')) return null
  return (
    <div className="review-actions" style={{ marginBottom: '1.5rem' }}>
      <p style={{ fontSize: '0.85rem' }}>{text.hint[lang]}</p>
      <Button
        className="review-actions__accept"
        buttonStyle="primary"
        size="small"
        onClick={() => void submit({ overrides: { state: 'done' } })}
      >
        {text.accept[lang]}
      </Button>{' '}
      <Button
        className="review-actions__return"
        buttonStyle="secondary"
        size="small"
        onClick={() => void submit({ overrides: { state: 'inProgress' } })}
      >
        {text.return[lang]}
      </Button>
    </div>
  )
}
