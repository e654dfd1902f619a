import type { Field, FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  below,
  branches,
  dataFields,
  isLocalized,
  mapDataNodes,
  mapSubFields,
  someDataField,
  type DataNode,
} from '@/lib/content/fieldTree'

/**
 * Every layout kind (row, collapsible, unnamed group, tabs with an unnamed and a named tab) and
 * every kind that holds data below it (group, named tab, array, blocks), each with a field of its
 * own whose name says where it sits, and kinds nested in one another.
 */
const config = (): Field[] => [
  { name: 'top', type: 'text', localized: true },
  { name: 'badge', type: 'ui', admin: { components: { Field: '@/x#X' } } },
  { type: 'row', fields: [{ name: 'inRow', type: 'text' }] },
  { type: 'collapsible', label: 'c', fields: [{ name: 'inCollapsible', type: 'number' }] },
  { type: 'group', label: 'g', fields: [{ name: 'inUnnamedGroup', type: 'checkbox' }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'first', fields: [{ name: 'inUnnamedTab', type: 'text' }] },
      {
        name: 'tab',
        fields: [
          { name: 'inNamedTab', type: 'text' },
          { type: 'row', fields: [{ name: 'inRowInTab', type: 'text' }] },
        ],
      },
    ],
  },
  {
    name: 'group',
    type: 'group',
    fields: [
      { name: 'inGroup', type: 'text' },
      { name: 'nested', type: 'group', fields: [{ name: 'inNestedGroup', type: 'text' }] },
    ],
  },
  {
    name: 'list',
    type: 'array',
    fields: [
      { name: 'inArray', type: 'text' },
      { type: 'collapsible', label: 'c', fields: [{ name: 'inCollapsibleInArray', type: 'text' }] },
    ],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      { slug: 'one', fields: [{ name: 'inBlockOne', type: 'text' }] },
      {
        slug: 'two',
        fields: [
          { name: 'rows', type: 'array', fields: [{ name: 'inArrayInBlockTwo', type: 'text' }] },
        ],
      },
    ],
  },
]

const everyDataName = [
  'top',
  'inRow',
  'inCollapsible',
  'inUnnamedGroup',
  'inUnnamedTab',
  'tab',
  'inNamedTab',
  'inRowInTab',
  'group',
  'inGroup',
  'nested',
  'inNestedGroup',
  'list',
  'inArray',
  'inCollapsibleInArray',
  'layout',
  'inBlockOne',
  'rows',
  'inArrayInBlockTwo',
]

const topLevelDataNames = [
  'top',
  'inRow',
  'inCollapsible',
  'inUnnamedGroup',
  'inUnnamedTab',
  'tab',
  'group',
  'list',
  'layout',
]

const document = {
  top: 'T',
  inRow: 'R',
  inCollapsible: 1,
  inUnnamedGroup: true,
  inUnnamedTab: 'U',
  tab: { inNamedTab: 'N', inRowInTab: 'RT' },
  group: { inGroup: 'G', nested: { inNestedGroup: 'NG' } },
  list: [
    { id: 'a1', inArray: 'A1', inCollapsibleInArray: 'C1' },
    { inArray: 'A2', inCollapsibleInArray: 'C2' },
  ],
  layout: [
    { id: 'b1', blockType: 'one', inBlockOne: 'B1' },
    { id: 'b2', blockType: 'two', rows: [{ id: 'r1', inArrayInBlockTwo: 'R1' }] },
    { id: 'b3', blockType: 'unknown', inBlockOne: 'ignored' },
  ],
}

/** Every data node, at any depth, as mapDataNodes and mapSubFields hand them over. */
function visitAll(fields: Field[], seen: string[]): Field[] {
  return mapDataNodes(fields, (node) => {
    seen.push(node.name)
    return mapSubFields(node, (list) => visitAll(list, seen))
  })
}

/** Every leaf path of a document, with its value, as dataFields and branches lead to it. */
function leafPaths(fields: FlattenedField[], doc: unknown, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const data = (doc ?? {}) as Record<string, unknown>
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name
    if (!below(field)) out[path] = data[field.name]
    for (const branch of branches(field, data[field.name]))
      Object.assign(
        out,
        leafPaths(
          branch.fields,
          branch.value,
          branch.key === undefined ? path : `${path}.${branch.key}`,
        ),
      )
  }
  return out
}

describe('the field tree: rebuilding a config', () => {
  it('hands every data node to map, through every layout and data kind', () => {
    const seen: string[] = []
    visitAll(config(), seen)
    expect([...seen].sort()).toEqual([...everyDataName].sort())
  })

  it('hands over the data nodes of one level that Payload flattens, named tabs as type tab', () => {
    const nodes: DataNode[] = []
    mapDataNodes(config(), (node) => {
      nodes.push(node)
      return node
    })
    expect(nodes.map((node) => node.name)).toEqual(topLevelDataNames)
    expect(dataFields(config()).map((field) => field.name)).toEqual(topLevelDataNames)
    expect(nodes.find((node) => node.name === 'tab')?.type).toBe('tab')
  })

  it('keeps layout, ui fields and tabs in place and puts back what map returns, without touching the input', () => {
    const input = config()
    const before = JSON.stringify(input)
    const mark = (fields: Field[]): Field[] =>
      mapDataNodes(fields, (node) => mapSubFields({ ...node, custom: { marked: node.name } }, mark))
    const result = mark(input)
    expect(JSON.stringify(input)).toBe(before)

    const marked: string[] = []
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect)
      else if (value && typeof value === 'object') {
        const custom = (value as { custom?: { marked?: string } }).custom
        if (custom?.marked) marked.push(custom.marked)
        Object.values(value).forEach(collect)
      }
    }
    collect(result)
    expect([...marked].sort()).toEqual([...everyDataName].sort())
    expect(result.map((field) => field.type)).toEqual([
      'text',
      'ui',
      'row',
      'collapsible',
      'group',
      'tabs',
      'group',
      'array',
      'blocks',
    ])
    const tabs = result[5]
    expect(
      tabs.type === 'tabs' && tabs.tabs.map((tab) => ('name' in tab ? tab.name : tab.label)),
    ).toEqual(['first', 'tab'])
    expect(tabs.type === 'tabs' && 'type' in tabs.tabs[1]).toBe(false)
    expect(result[1]).toBe(input[1])
  })

  it('refuses a map that turns a field into a tab or a tab into a field', () => {
    const tab: DataNode = { name: 'tab', type: 'tab', fields: [] }
    expect(() => mapDataNodes([{ name: 'top', type: 'text' }], () => tab)).toThrow(TypeError)
    expect(() =>
      mapDataNodes(config(), (node) => (node.type === 'tab' ? { name: 'x', type: 'text' } : node)),
    ).toThrow(TypeError)
  })
})

describe('the field tree: walking a document', () => {
  it('reaches every leaf through every layout and data kind, rows keyed by id or index, block rows by their blockType', () => {
    expect(leafPaths(dataFields(config()), document)).toEqual({
      top: 'T',
      inRow: 'R',
      inCollapsible: 1,
      inUnnamedGroup: true,
      inUnnamedTab: 'U',
      'tab.inNamedTab': 'N',
      'tab.inRowInTab': 'RT',
      'group.inGroup': 'G',
      'group.nested.inNestedGroup': 'NG',
      'list.a1.inArray': 'A1',
      'list.a1.inCollapsibleInArray': 'C1',
      'list.1.inArray': 'A2',
      'list.1.inCollapsibleInArray': 'C2',
      'layout.b1.inBlockOne': 'B1',
      'layout.b2.rows.r1.inArrayInBlockTwo': 'R1',
    })
  })

  it('tells objects from rows, and has nothing below a plain field', () => {
    const byName = new Map(dataFields(config()).map((field) => [field.name, field]))
    expect(below(byName.get('group')!)?.rows).toBe(false)
    expect(below(byName.get('tab')!)?.rows).toBe(false)
    expect(below(byName.get('list')!)?.rows).toBe(true)
    expect(below(byName.get('layout')!)?.rows).toBe(true)
    expect(
      below(byName.get('layout')!)?.lists.map((list) => list.map((field) => field.name)),
    ).toEqual([['inBlockOne'], ['rows']])
    expect(below(byName.get('top')!)).toBeUndefined()
    expect(branches(byName.get('list')!, 'not rows')).toEqual([])
    expect(branches(byName.get('group')!, null)).toEqual([
      { fields: below(byName.get('group')!)?.lists[0], value: {} },
    ])
  })

  it('finds a localized field at any depth of any kind, and none where there is none', () => {
    const where = (field: Field, inside: (fields: Field[]) => Field): Field[] => [inside([field])]
    const localized: Field = { name: 'deep', type: 'text', localized: true }
    const kinds: Record<string, (fields: Field[]) => Field> = {
      row: (fields) => ({ type: 'row', fields }),
      collapsible: (fields) => ({ type: 'collapsible', label: 'c', fields }),
      unnamedGroup: (fields) => ({ type: 'group', label: 'g', fields }),
      unnamedTab: (fields) => ({ type: 'tabs', tabs: [{ label: 't', fields }] }),
      namedTab: (fields) => ({ type: 'tabs', tabs: [{ name: 't', fields }] }),
      group: (fields) => ({ name: 'g', type: 'group', fields }),
      array: (fields) => ({ name: 'a', type: 'array', fields }),
      blocks: (fields) => ({
        name: 'b',
        type: 'blocks',
        blocks: [
          { slug: 'empty', fields: [] },
          { slug: 's', fields },
        ],
      }),
    }
    for (const [kind, inside] of Object.entries(kinds)) {
      expect(someDataField(where(localized, inside), isLocalized), kind).toBe(true)
      expect(someDataField(where({ name: 'deep', type: 'text' }, inside), isLocalized), kind).toBe(
        false,
      )
    }
    expect(
      someDataField(
        [{ name: 'ui', type: 'ui', admin: { components: { Field: '@/x#X' } } }],
        () => true,
      ),
    ).toBe(false)
  })
})
