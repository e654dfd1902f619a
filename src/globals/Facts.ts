import { contentGlobal } from '@/globals/contentGlobal'
import { requiredInSource } from '@/lib/translation/requiredInSource'
import { sourcesField } from '@/fields/sourcesField'

/** The figures of the tragedy and statements of fact; each carries its source, and a note where sources differ. */
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
            {
              name: 'key',
              type: 'select',
              required: true,
              options: [...figureKeys],
            },
            { name: 'value', type: 'number', required: true, min: 0 },
          ],
        },
        {
          name: 'label',
          type: 'text',
          localized: true,
          maxLength: 120,
          validate: requiredInSource,
        },
        {
          name: 'note',
          type: 'textarea',
          localized: true,
          maxLength: 1000,
          admin: {
            description: {
              az: 'Mənbələr fərqli rəqəm verirsə.',
              en: 'Where sources give different figures.',
              ru: 'Если источники дают разные цифры.',
            },
          },
        },
        sourcesField(),
      ],
    },
    {
      // What the sources state without itemising it, e.g. "more than 20 US states", which must not
      // become invented entries in recognitions.
      name: 'statements',
      type: 'array',
      maxRows: 40,
      fields: [
        { name: 'key', type: 'text', required: true, maxLength: 60 },
        {
          name: 'text',
          type: 'textarea',
          localized: true,
          maxLength: 2000,
          validate: requiredInSource,
        },
        sourcesField(),
      ],
    },
  ],
})
