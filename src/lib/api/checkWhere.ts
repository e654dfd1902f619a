import { validOperatorSet } from 'payload/shared'

import { badRequest } from '@/lib/api/apiError'

/** `and`/`or` nesting deeper than this is refused; the admin UI and real integrations stay far below it. */
export const MAX_WHERE_DEPTH = 5
/** Conditions in one `where`, all levels together. */
export const MAX_WHERE_CONDITIONS = 50

/** Operators that take a list (`in[0]=a&in[1]=b`, or `in=a,b`). */
const listOperators = new Set(['in', 'not_in', 'all'])
/** Geo operators need a `point` field; no collection here has one (SQLite lacks it), and Payload answers them with a 500. */
const pointOperators = new Set(['near', 'within', 'intersects'])

/**
 * `all` means "contains every one of" and fits only hasMany fields; on the versions status column the
 * SQLite adapter builds an invalid query from it (a 500). No hasMany field is named like these.
 */
const singleValueSystemFields = new Set(['_status', 'id', 'createdAt', 'updatedAt'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Checks the shape of a REST `where` before Payload reads it: an object of field paths, each with
 * operators Payload knows (`equals`, `in`, …, never `$ne`) holding a value (a list for `in`,
 * `not_in`, `all`), and `and`/`or` lists of the same, at most MAX_WHERE_DEPTH deep. Payload itself ignores unknown operators silently (the filter then
 * matches everything) and answers some malformed shapes with a 500; this answers both with a 400.
 */
export function checkWhere(where: unknown): void {
  if (where === undefined || where === '') return
  let conditions = 0
  const walk = (node: unknown, depth: number, at: string) => {
    if (!isObject(node))
      throw badRequest(
        `"${at}" must be an object of field conditions, such as where[title][equals]=…`,
      )
    if (depth > MAX_WHERE_DEPTH)
      throw badRequest(`"where" is nested deeper than ${MAX_WHERE_DEPTH} levels of and/or.`)
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
      if (!/^[A-Za-z_][\w.-]*$/.test(key))
        throw badRequest(`"${path}": "${key}" is not a field path.`)
      if (!isObject(value) || Object.keys(value).length === 0)
        throw badRequest(`"${path}" needs an operator, such as ${path}[equals]=…`)
      for (const operator of Object.keys(value)) {
        if (!validOperatorSet.has(operator as never)) {
          throw badRequest(
            `"${path}[${operator}]": unknown operator "${operator}". Use one of ${[...validOperatorSet].join(', ')}.`,
          )
        }
        if (operator === 'all' && singleValueSystemFields.has(key))
          throw badRequest(
            `"${path}[all]": "all" is for fields with many values; use "in" or "equals".`,
          )
        if (pointOperators.has(operator))
          throw badRequest(
            `"${path}[${operator}]": "${operator}" needs a point field, and this API has none.`,
          )
        const operand = (value as Record<string, unknown>)[operator]
        const scalar = (v: unknown) =>
          v === null || ['string', 'number', 'boolean'].includes(typeof v)
        const ok = listOperators.has(operator)
          ? scalar(operand) || (Array.isArray(operand) && operand.every(scalar))
          : scalar(operand)
        if (!ok)
          throw badRequest(
            `"${path}[${operator}]" must be ${listOperators.has(operator) ? 'a value or a list of values' : 'a single value'}.`,
          )
        if (++conditions > MAX_WHERE_CONDITIONS)
          throw badRequest(`"where" has more than ${MAX_WHERE_CONDITIONS} conditions.`)
      }
    }
  }
  walk(where, 0, 'where')
}
