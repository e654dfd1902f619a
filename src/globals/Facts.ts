import { contentGlobal } from '@/globals/contentGlobal'
import { requiredInSource } from '@/fields/requiredInSource'
import { sourcesField } from '@/fields/sourcesField'

/** The figures of the tragedy; each carries its source, and a note where sources give different figures. */
export const figureKeys = [
  'killed',
  'killedWomen',
  'killedChildren',
  'killedElderly',
  'prisoners',
  'missing',
  'injured',
  'familiesDestroyed',
  'orphanedBoth',
  'orphanedOne',
  'fled',
  'displacedLocations',
] as const

export const Facts = contentGlobal({
  slug: 'facts',
  label: { az: 'Rəqəmlər', en: 'Figures', ru: 'Цифры' },
  admin: { group: { az: 'Məzmun', en: 'Content', ru: 'Содержание' } },
  fields: [
    {
      name: 'figures',
      type: 'array',
      maxRows: 40,
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'select', required: true, options: figureKeys.map((k) => ({ label: k, value: k })) },
            { name: 'value', type: 'number', required: true, min: 0 },
          ],
        },
        { name: 'label', type: 'text', localized: true, maxLength: 120, validate: requiredInSource },
        { name: 'note', type: 'textarea', localized: true, maxLength: 1000, admin: { description: { az: 'Mənbələr fərqli rəqəm verirsə.', en: 'Where sources give different figures.', ru: 'Если источники дают разные цифры.' } } },
        sourcesField(),
      ],
    },
  ],
})
