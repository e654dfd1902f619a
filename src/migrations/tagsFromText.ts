import type { Payload, PayloadRequest } from 'payload'

import { slugify } from '@/lib/format/slugify'

/**
 * For the migration that made article tags documents: one tag per distinct text the articles and
 * their versions carried, named in az with that text (the only language it was written in), found
 * again by its slug when it exists. Made through the Local API so its translation status is the one
 * every saved tag gets (en and ru missing). Returns text → tag id.
 */
export async function tagsFromText(
  payload: Payload,
  req: Partial<PayloadRequest>,
  texts: Iterable<string>,
): Promise<Map<string, number | string>> {
  const ids = new Map<string, number | string>()
  for (const text of new Set([...texts].map((t) => t.trim()).filter(Boolean))) {
    const slug = slugify(text) || 'tag'
    const found = await payload.find({
      collection: 'tags',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      req,
    })
    const tag =
      found.docs[0] ??
      (await payload.create({
        collection: 'tags',
        locale: 'az',
        data: { name: text, slug },
        req,
        context: { disableRevalidate: true, skipTranslationMemory: true },
      }))
    ids.set(text, tag.id)
  }
  return ids
}
