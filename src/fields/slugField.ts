import type { PayloadRequest, TextField } from 'payload'

import { canEdit } from '@/access/hasRole'
import { adminMessage } from '@/i18n/adminMessage'
import { isSlug, slugify } from '@/lib/format/slugify'

/** Whether another document of the collection (draft or published) has the slug. */
async function slugTaken(
  req: PayloadRequest,
  collection: string,
  slug: string,
  id: number | string | undefined,
): Promise<boolean> {
  const clash = await req.payload.find({
    collection: collection as 'pages',
    where: { and: [{ slug: { equals: slug } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
  })
  return clash.docs.length > 0
}

type Data = Record<string, unknown> | undefined

type SlugFieldOptions = {
  /**
   * The localized field the slug is made from, or the text made from the data, read in the
   * source locale.
   */
  from: string | ((data: Data) => string | undefined)
  /**
   * What a generated slug that clashes with another document's takes as its last word (a person's
   * birth year). Without it, or when it gives nothing, the clash is a validation error.
   */
  disambiguate?: (data: Data) => string | undefined
  /** Words the slug may not take because a route already uses them. */
  reserved?: readonly string[]
}

/**
 * One slug per document, generated from the az value of `from` when left empty, editable, and
 * unique per collection: a clash fails validation with a message instead of growing a silent suffix.
 */
export const slugField = ({ from, disambiguate, reserved = [] }: SlugFieldOptions): TextField => ({
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
      async ({ value, data, originalDoc, req, collection }) => {
        if (typeof value === 'string' && value.trim()) return slugify(value)
        // Only the source-language title names the document; a translation never renames it.
        const inSource = req.locale === 'az' || !req.locale
        const source = !inSource ? undefined : typeof from === 'string' ? data?.[from] : from(data)
        const title = typeof source === 'string' ? source.trim() : undefined
        if (!title) return originalDoc?.slug ?? value
        const slug = slugify(title)
        const suffix = disambiguate?.(data)
        if (!suffix || !collection) return slug
        const taken = await slugTaken(req, collection.slug, slug, originalDoc?.id)
        return taken ? slugify(`${title} ${suffix}`) : slug
      },
    ],
  },
  validate: async (value, { req, collectionSlug, id }) => {
    if (typeof value !== 'string' || !value) {
      return adminMessage(req, {
        az: 'Slug lazımdır: azərbaycanca başlığı və ya slug-ı doldurun.',
        en: 'A slug is required: fill the Azerbaijani title or the slug.',
        ru: 'Нужен slug: заполните азербайджанский заголовок или сам slug.',
      })
    }
    if (!isSlug(value)) {
      return adminMessage(req, {
        az: 'Yalnız kiçik latın hərfləri (a–z), rəqəmlər və defis.',
        en: 'Use lowercase letters a–z, digits and hyphens only.',
        ru: 'Только строчные латинские буквы (a–z), цифры и дефисы.',
      })
    }
    if (reserved.includes(value)) {
      return adminMessage(req, {
        az: `"${value}" saytın bölməsi üçün ayrılıb; başqa slug seçin.`,
        en: `"${value}" is reserved for a section of the site; choose another slug.`,
        ru: `«${value}» занят разделом сайта; выберите другой slug.`,
      })
    }
    if (!collectionSlug || !(await slugTaken(req, collectionSlug, value, id))) return true
    return adminMessage(req, {
      az: `"${value}" slug-ı bu bölmədə artıq başqa sənəddədir; başqasını seçin.`,
      en: `The slug "${value}" is already used by another document in this collection; choose another.`,
      ru: `Slug «${value}» уже занят другим документом этого раздела; выберите другой.`,
    })
  },
})
