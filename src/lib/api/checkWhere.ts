import { validOperatorSet } from 'payload/shared'

import { badRequest } from '@/lib/api/apiError'

/** `and`/`or` nesting deeper than this is refused; the admin UI and real integrations stay far below it. */
export const MAX_WHERE_DEPTH = 5
/** Conditions in one `where`, all levels together. */
export const MAX_WHERE_CONDITIONS = 50

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Checks the shape of a REST `where` before Payload reads it: an object of field paths, each with
 * operators Payload knows (`equals`, `in`, …, never `$ne`), and `and`/`or` lists of the same, at
 * most MAX_WHERE_DEPTH deep. Payload itself ignores unknown operators silently (the filter then
 * matches everything) and answers some malformed shapes with a 500; this answers both with a 400.
 */
export function checkWhere(where: unknown): void {
  if (where === undefined || where === '') return
  let conditions = 0
  const walk = (node: unknown, depth: number, at: string) => {
    if (!isObject(node)) throw badRequest(`"${at}" must be an object of field conditions, such as where[title][equals]=…`)
    if (depth > MAX_WHERE_DEPTH) throw badRequest(`"where" is nested deeper than ${MAX_WHERE_DEPTH} levels of and/or.`)
    for (const [key, value] of Object.entries(node)) {
      const path = `${at}[${key}]`
      if (key === 'and' || key === 'or') {
        // qs turns a[0]=… into an array, but a[100]=… into an object keyed "100": accept both.
        const list = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null
        if (!list) throw badRequest(`"${path}" must be a list of conditions.`)
        list.forEach((item, i) => walk(item, depth + 1, `${path}[${i}]`))
        continue
      }
      // Past ten brackets, Payload's query parser stops nesting and leaves the rest as one "[…]" key.
      if (key.startsWith('[')) throw badRequest(`"where" is nested too deeply.`)
      if (!/^[A-Za-z_][\w.-]*$/.test(key)) throw badRequest(`"${path}": "${key}" is not a field path.`)
      if (!isObject(value) || Object.keys(value).length === 0) throw badRequest(`"${path}" needs an operator, such as ${path}[equals]=…`)
      for (const operator of Object.keys(value)) {
        if (!validOperatorSet.has(operator as never)) {
          throw badRequest(`"${path}[${operator}]": unknown operator "${operator}". Use one of ${[...validOperatorSet].join(', ')}.`)
        }
        if (++conditions > MAX_WHERE_CONDITIONS) throw badRequest(`"where" has more than ${MAX_WHERE_CONDITIONS} conditions.`)
      }
    }
  }
  walk(where, 0, 'where')
}
