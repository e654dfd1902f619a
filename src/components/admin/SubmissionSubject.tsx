import type { UIFieldServerComponent } from 'payload'

import { adminLanguage } from '@/i18n/adminMessage'
import { collectionLabels } from '@/i18n/adminLabels'
import { relationId } from '@/lib/payload/documentId'
import { docPath } from '@/lib/routing/routes'
import { isOneOf } from '@/lib/content/collections'
import { correctable } from '@/lib/submissions/model'

const text = {
  edit: {
    az: 'Sənədi redaktə üçün açın',
    en: 'Open the document to edit',
    ru: 'Открыть документ для правки',
  },
  page: { az: 'saytdakı səhifəsi', en: 'its page on the site', ru: 'его страница на сайте' },
}

/**
 * Beside a correction's text (or a testimony's subject): the document it is about, opened in the
 * admin in a new tab, so the editor reads the proposal and edits the document side by side.
 */
export const SubmissionSubject: UIFieldServerComponent = async ({ data, i18n, payload }) => {
  const about = data?.about as { relationTo?: string; value?: unknown } | undefined
  const id = relationId(about?.value)
  if (!about || !isOneOf(correctable, about.relationTo) || id === null) return null
  const lang = adminLanguage(i18n?.language)
  const doc = (await payload
    .findByID({ collection: about.relationTo, id, depth: 0, draft: true, disableErrors: true })
    .catch(() => null)) as { id: number; slug?: string } | null
  if (!doc) return null
  const admin = payload.config.routes.admin
  const kind = collectionLabels[about.relationTo].singular[lang]
  return (
    <p className="field-type submission-subject" style={{ display: 'flex', gap: '1.5rem' }}>
      <a href={`${admin}/collections/${about.relationTo}/${id}`} target="_blank" rel="noopener">
        {text.edit[lang]} ({kind})
      </a>
      <a href={docPath(about.relationTo, doc, 'az')} target="_blank" rel="noopener">
        {text.page[lang]}
      </a>
    </p>
  )
}
