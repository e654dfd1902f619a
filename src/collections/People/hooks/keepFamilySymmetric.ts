import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { asRows } from '@/lib/content/fieldTree'
import { inverseRelation, isFamilyRelation, type FamilyRelation } from '@/lib/people/family'
import { relationId } from '@/lib/payload/documentId'

type Id = number | string
type Link = { person: Id; relation: FamilyRelation }

/** A record's family as person id → relation (a row without a person or relation is skipped). */
function linksOf(doc: unknown): Map<string, Link> {
  const links = new Map<string, Link>()
  for (const row of asRows((doc as { family?: unknown } | null)?.family)) {
    const person = relationId(row.person)
    if (person !== null && isFamilyRelation(row.relation))
      links.set(String(person), { person, relation: row.relation })
  }
  return links
}

/** Rewrites the other person's family so that its link back to `self` says `relation` (or is gone). */
async function relink(
  req: PayloadRequest,
  context: RequestContext,
  other: Id,
  self: Id,
  relation: FamilyRelation | null,
) {
  const found = await req.payload.find({
    collection: 'people',
    where: { id: { equals: other } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { family: true },
    req,
  })
  const record = found.docs[0]
  if (!record) return
  const rows = asRows(record.family)
  const kept = rows
    .filter((row) => String(relationId(row.person)) !== String(self))
    .map((row) => ({ person: relationId(row.person), relation: row.relation }))
  const next = relation ? [...kept, { person: self, relation }] : kept
  const current = linksOf(record).get(String(self))?.relation ?? null
  if (current === relation && kept.length + (relation ? 1 : 0) === rows.length) return
  await req.payload.update({
    collection: 'people',
    id: other,
    data: { family: next as { person: number; relation: FamilyRelation }[] },
    depth: 0,
    overrideAccess: true,
    req,
    context: { ...context, familySync: true },
  })
}

/**
 * Family links hold in both directions: linking A as B's parent makes B A's child, changing the
 * relation changes it on both records, and removing a link removes it from the other record too.
 * The other record is written as it stands (its published version); its own edits in a newer
 * draft stay in its version history.
 */
export const keepFamilySymmetric: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context.familySync) return doc
  const before = linksOf(previousDoc)
  const after = linksOf(doc)
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const now = after.get(key)
    const was = before.get(key)
    if (now?.relation === was?.relation) continue
    const other = (now ?? was)!.person
    if (String(other) === String(doc.id)) continue
    await relink(req, context, other, doc.id, now ? inverseRelation(now.relation) : null)
  }
  return doc
}

/** A deleted person leaves no dangling link in the records that named them. */
export const unlinkDeletedPerson: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  for (const { person } of linksOf(doc).values())
    await relink(req, context, person, doc.id as Id, null)
  return doc
}
