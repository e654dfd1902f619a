import type { RichTextField, TextareaField, TextField } from 'payload'

type Component = NonNullable<NonNullable<TextField['admin']>['components']>['afterInput']

/**
 * `field` with `component` among the ones Payload renders after its input, first or last, the
 * field's own components kept. Copies what it changes: field definitions are shared between configs.
 */
export function withAfterInput<F extends TextField | TextareaField | RichTextField>(
  field: F,
  component: NonNullable<Component>[number],
  place: 'first' | 'last',
): F {
  const components = field.admin?.components ?? {}
  const existing = components.afterInput ?? []
  return {
    ...field,
    admin: {
      ...field.admin,
      components: {
        ...components,
        afterInput: place === 'first' ? [component, ...existing] : [...existing, component],
      },
    },
  }
}
