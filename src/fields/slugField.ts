import type { TextField } from 'payload'

import { canEdit } from '@/access/hasRole'
import { isSlug, slugify } from '@/lib/slugify'

type SlugFieldOptions = {
  /** The localized field the slug is made from, read in the source locale. */
  from: string
  /** Words the slug may not take because a route already uses them. */
  reserved?: readonly string[]
}

/**
 * One slug per document, generated from the az value of `from` when left empty, editable, and
 * unique per collection: a clash fails validation with a message instead of growing a silent suffix.
 */
export const slugField = ({ from, reserved = [] }: SlugFieldOptions): TextField => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  access: { create: canEdit, update: canEdit },
  admin: {
    position: 'sidebar',
    description: {
      az: 'Boş qalsa, azərbaycanca başlıqdan yaradılır.',
      en: 'Made from the Azerbaijani title when left empty.',
      ru: 'Если пусто, создаётся из азербайджанского заголовка.',
    },
  },
  hooks: {
    beforeValidate: [
      ({ value, data, originalDoc, req }) => {
        if (typeof value === 'string' && value.trim()) return slugify(value)
        // Only the source-language title names the document; a translation never renames it.
        const source = req.locale === 'az' || !req.locale ? data?.[from] : undefined
        const title = typeof source === 'string' ? source : undefined
        if (title) return slugify(title)
        return originalDoc?.slug ?? value
      },
    ],
  },
  validate: async (value, { req, collectionSlug, id }) => {
    if (typeof value !== 'string' || !value) return 'A slug is required: fill the Azerbaijani title or the slug.'
    if (!isSlug(value)) return 'Use lowercase letters a–z, digits and hyphens only.'
    if (reserved.includes(value)) return `"${value}" is reserved for a section of the site; choose another slug.`
    if (!collectionSlug) return true
    const clash = await req.payload.find({
      collection: collectionSlug as 'pages',
      where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
    })
    return clash.docs.length
      ? `The slug "${value}" is already used by another document in this collection; choose another.`
      : true
  },
})
