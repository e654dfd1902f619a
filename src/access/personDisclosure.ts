import type { Access, FieldAccess, Where } from 'payload'

import { isStaff } from '@/access/hasRole'
import { userHasRole } from '@/lib/auth/roles'
import { discloses, listedWhere, type Disclosure } from '@/lib/people/privacy'
import { sourcePublished, sourcePublishedAt } from '@/lib/translation/status'

/**
 * Visitors read published people that are not hidden; staff read every record and its drafts.
 * What of a readable record they see is each field's `visibleFrom`.
 */
export const publishedAndListed: Access = ({ req }) => {
  if (userHasRole(req.user, 'admin', 'editor', 'translator')) return true
  return { and: [sourcePublished, listedWhere] }
}

/**
 * A field visitors see only when the record's stored `disclosure` reaches `needed`. Without a
 * document (a `where` or `sort` from a visitor) or without its disclosure (a `select` that left it
 * out) the answer is no: nothing can be learnt by filtering on a field one may not read.
 */
export const visibleFrom =
  (needed: Exclude<Disclosure, 'none'>): FieldAccess =>
  ({ req, doc }) =>
    isStaff({ req }) || discloses((doc as { disclosure?: unknown } | undefined)?.disclosure, needed)

/**
 * Visitors read every file but a photo withheld with its person (a living person's without
 * consent, a hidden person's): their access decides the file's download too.
 */
export const mediaRead: Access = ({ req }) =>
  userHasRole(req.user, 'admin', 'editor', 'translator') || { withheld: { not_equals: true } }

/**
 * Visitors read a published testimony about the events, or about a published person whose record
 * shows personal details (what a biography needs): a testimony is personal, and the person's privacy
 * outranks the sender's consent. Staff read them all.
 */
export const testimonyRead: Access = ({ req }) => {
  if (userHasRole(req.user, 'admin', 'editor', 'translator')) return true
  const where: Where = {
    and: [
      { _status: { equals: 'published' } },
      {
        or: [
          { person: { exists: false } },
          {
            and: [sourcePublishedAt('person.'), { 'person.disclosure': { equals: 'personal' } }],
          },
        ],
      },
    ],
  }
  return where
}
