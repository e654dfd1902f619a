import { contentGlobal } from '@/globals/contentGlobal'
import { requiredInSource } from '@/lib/translation/requiredInSource'

export const Home = contentGlobal({
  slug: 'home',
  label: { az: 'Ana səhifə', en: 'Home page', ru: 'Главная' },
  fields: [
    {
      name: 'heroTitle',
      type: 'text',
      localized: true,
      maxLength: 200,
      validate: requiredInSource,
    },
    { name: 'heroText', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'featured',
      type: 'relationship',
      relationTo: ['articles', 'monuments', 'resolutions', 'recognitions'],
      hasMany: true,
      maxRows: 12,
    },
  ],
})
