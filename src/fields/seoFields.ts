import type { GroupField } from 'payload'

/** Localized search and social metadata; the site falls back to the document's own title, excerpt and image. */
export const seoFields = (): GroupField => ({
  name: 'meta',
  type: 'group',
  label: { az: 'SEO', en: 'SEO', ru: 'SEO' },
  admin: {
    description: {
      az: 'Boş qalsa, başlıq və xülasədən götürülür.',
      en: 'Left empty, the title and summary are used.',
      ru: 'Если пусто, берутся заголовок и краткое описание.',
    },
  },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 200 },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
})
