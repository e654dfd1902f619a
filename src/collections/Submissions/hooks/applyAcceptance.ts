import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { relationId } from '@/lib/payload/documentId'
import type { Submission } from '@/payload-types'

/**
 * Accepting a submission turns it into content that names it as its source:
 * - a testimony becomes a testimony on the person's page (or about the events), published when
 *   the sender consented to publication and otherwise a draft, signed as they consented;
 * - a missing name becomes a draft person for an editor to complete and publish;
 * - a correction is applied by the editor in the document it names (`about`), which the
 *   submission links to: nothing is made from it.
 */
export const applyAcceptance: CollectionAfterChangeHook<Submission> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'accepted' || previousDoc?.status === 'accepted' || doc.outcome) return doc
  const outcome = await createOutcome(doc, req)
  if (!outcome) return doc
  await req.payload.update({
    collection: 'submissions',
    id: doc.id,
    data: { outcome },
    req,
    context: { disableRevalidate: true },
  })
  return { ...doc, outcome }
}

async function createOutcome(
  doc: Submission,
  req: PayloadRequest,
): Promise<Submission['outcome'] | null> {
  if (doc.kind === 'testimony') {
    const person =
      doc.about?.relationTo === 'people' ? (relationId(doc.about.value) as number | null) : null
    const testimony = await req.payload.create({
      collection: 'testimonies',
      data: {
        person: person ?? undefined,
        aboutEvents: !person,
        text: doc.text ?? '',
        language: doc.sender?.language ?? 'az',
        contributor: doc.consent?.attribution === 'name' ? doc.sender?.name : null,
        relation: doc.sender?.relation,
        submission: doc.id,
        _status: doc.consent?.publishText ? 'published' : 'draft',
      },
      draft: !doc.consent?.publishText,
      req,
    })
    return { relationTo: 'testimonies', value: testimony.id }
  }
  if (doc.kind === 'name') {
    const proposed = doc.proposedPerson ?? {}
    const person = await req.payload.create({
      collection: 'people',
      locale: 'az',
      data: {
        givenName: proposed.givenName ?? undefined,
        familyName: proposed.familyName ?? undefined,
        patronymic: proposed.patronymic ?? undefined,
        _status: 'draft',
      },
      draft: true,
      req,
    })
    return { relationTo: 'people', value: person.id }
  }
  return null
}
