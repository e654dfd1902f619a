import { XMLValidator } from 'fast-xml-parser'

import type { Trilingual } from '@/i18n/adminMessage'
import { defaultLocale, isTranslationLocale } from '@/i18n/locales'
import { xmlElement } from '@/lib/format/xml'
import { originLabel, type MemoryEntry, type Origin } from '@/lib/translation/memory'
import { attr, childrenOf, elements, tagOf, xmlParser, type XmlNode } from '@/lib/xliff/xml'

/**
 * Translation memory as TMX 1.4b (https://www.gala-global.org/tmx-14b): one `<tu>` per segment
 * pair, az and the target in `<tuv>`s, plain text segments. Where a pair came from travels in
 * `<prop>`s of our own (`x-` types, as the standard asks): `x-origin` (`<collection>/<id> <field>`),
 * `x-origin-title`, and `x-confirmed-at` (the exact time; `changedate` has whole seconds only).
 */
export const MAX_TMX_BYTES = 5 * 1024 * 1024

const creationTool = { creationtool: 'khojaly-memorial-cms', creationtoolversion: '1' }

/** `20261206T123400Z`, TMX's date format. */
const tmxDate = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

const originText = (origin: Origin) =>
  origin.collection && origin.docId ? originLabel(origin) : null

const prop = (type: string, value: string | null) =>
  value === null ? null : xmlElement('prop', { type }, value)

export function tmxDocument(entries: Iterable<MemoryEntry>): string {
  const units: string[] = []
  for (const entry of entries)
    units.push(
      xmlElement(
        'tu',
        { changedate: tmxDate(entry.origin.confirmedAt) },
        prop('x-origin', originText(entry.origin)),
        prop('x-origin-title', entry.origin.title),
        prop('x-confirmed-at', entry.origin.confirmedAt),
        xmlElement('tuv', { 'xml:lang': defaultLocale }, xmlElement('seg', {}, entry.source)),
        xmlElement('tuv', { 'xml:lang': entry.locale }, xmlElement('seg', {}, entry.target)),
      ).xml,
    )
  const header = xmlElement('header', {
    ...creationTool,
    segtype: 'sentence',
    'o-tmf': 'khojaly-memory',
    adminlang: 'en',
    srclang: defaultLocale,
    datatype: 'plaintext',
  }).xml
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  ${header}\n  <body>\n    ${units.join('\n    ')}\n  </body>\n</tmx>\n`
}

export type TmxResult = { ok: true; entries: MemoryEntry[] } | { ok: false; errors: Trilingual[] }

const baseLanguage = (tag: string | undefined) => (tag ?? '').toLowerCase().split(/[-_]/)[0]

/** A segment's text: inline codes (`bpt`, `ept`, `ph`, `it`) hold native markup, not text. */
const segText = (nodes: XmlNode[]): string =>
  nodes
    .map((node) => {
      if (typeof node['#text'] === 'string') return node['#text']
      const tag = tagOf(node)
      return tag === 'bpt' || tag === 'ept' || tag === 'ph' || tag === 'it'
        ? ''
        : segText(childrenOf(node))
    })
    .join('')

const textOf = (node: XmlNode | undefined) => (node ? segText(childrenOf(node)).trim() : '')

/** `20261206T123400Z` or an ISO date; undefined when neither. */
function parseDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const compact = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  const date = compact
    ? new Date(
        `${compact[1]}-${compact[2]}-${compact[3]}T${compact[4]}:${compact[5]}:${compact[6]}Z`,
      )
    : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/**
 * Reads a whole TMX file into memory entries, or says everything that is wrong with it: nothing is
 * written from a file with any error.
 */
export function parseTmx(text: string, now = new Date().toISOString()): TmxResult {
  const refuse = (...errors: Trilingual[]): TmxResult => ({ ok: false, errors })
  const valid = XMLValidator.validate(text)
  if (valid !== true)
    return refuse({
      az: `Fayl düzgün XML deyil: ${valid.err.msg} (sətir ${valid.err.line}, sütun ${valid.err.col})`,
      en: `The file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
      ru: `Файл не является корректным XML: ${valid.err.msg} (строка ${valid.err.line}, столбец ${valid.err.col})`,
    })
  const root = (xmlParser.parse(text) as XmlNode[]).find((n) => tagOf(n) === 'tmx')
  if (!root)
    return refuse({
      az: 'Bu TMX faylı deyil: kök element <tmx> olmalıdır.',
      en: 'This is not a TMX file: the root element must be <tmx>.',
      ru: 'Это не файл TMX: корневой элемент должен быть <tmx>.',
    })
  const version = attr(root, 'version') ?? ''
  if (!/^1\.4/.test(version))
    return refuse({
      az: `TMX versiyası "${version}" dəstəklənmir: 1.4 gözlənilir.`,
      en: `TMX version "${version}" is not supported: 1.4 expected.`,
      ru: `Версия TMX «${version}» не поддерживается: нужна 1.4.`,
    })
  const header = elements(childrenOf(root), 'header')[0]
  const srclang = attr(header ?? {}, 'srclang')
  if (baseLanguage(srclang) !== defaultLocale)
    return refuse({
      az: `Mənbə dili "${srclang ?? ''}" yanlışdır: az gözlənilir.`,
      en: `Source language "${srclang ?? ''}" is wrong: az expected.`,
      ru: `Неверный исходный язык «${srclang ?? ''}»: нужен az.`,
    })
  const body = elements(childrenOf(root), 'body')[0]
  const units = body ? elements(childrenOf(body), 'tu') : []
  const errors: Trilingual[] = []
  const entries: MemoryEntry[] = []
  units.forEach((tu, i) => {
    const n = i + 1
    const props = new Map(
      elements(childrenOf(tu), 'prop').map((p) => [attr(p, 'type') ?? '', textOf(p)]),
    )
    const tuvs = elements(childrenOf(tu), 'tuv').map((tuv) => ({
      lang: baseLanguage(attr(tuv, 'lang')),
      text: textOf(elements(childrenOf(tuv), 'seg')[0]),
    }))
    const source = tuvs.find((t) => t.lang === defaultLocale)
    const targets = tuvs.filter((t) => t.lang !== defaultLocale)
    if (!source?.text) {
      errors.push({
        az: `Vahid ${n}: az mətni yoxdur.`,
        en: `Unit ${n}: no az text.`,
        ru: `Единица ${n}: нет текста az.`,
      })
      return
    }
    const unknown = targets.find((t) => !isTranslationLocale(t.lang))
    if (unknown || !targets.length) {
      errors.push({
        az: `Vahid ${n}: tərcümə dili "${unknown?.lang ?? ''}" olmaz: en və ya ru gözlənilir.`,
        en: `Unit ${n}: target language "${unknown?.lang ?? ''}" is not allowed: en or ru expected.`,
        ru: `Единица ${n}: язык перевода «${unknown?.lang ?? ''}» недопустим: нужен en или ru.`,
      })
      return
    }
    const empty = targets.find((t) => !t.text)
    if (empty) {
      errors.push({
        az: `Vahid ${n}: ${empty.lang} mətni boşdur.`,
        en: `Unit ${n}: the ${empty.lang} text is empty.`,
        ru: `Единица ${n}: текст ${empty.lang} пуст.`,
      })
      return
    }
    const origin = /^([a-z0-9-]+)\/(\S+)(?: (\S+))?$/.exec(props.get('x-origin') ?? '')
    const confirmedAt =
      parseDate(props.get('x-confirmed-at')) ??
      parseDate(attr(tu, 'changedate')) ??
      parseDate(attr(tu, 'creationdate')) ??
      now
    for (const target of targets)
      if (isTranslationLocale(target.lang))
        entries.push({
          source: source.text,
          target: target.text,
          locale: target.lang,
          origin: {
            collection: origin?.[1] ?? null,
            docId: origin?.[2] ?? null,
            field: origin?.[3] ?? null,
            title: props.get('x-origin-title') || null,
            confirmedAt,
          },
        })
  })
  if (errors.length) return { ok: false, errors }
  if (!entries.length)
    return refuse({
      az: 'Faylda heç bir tərcümə vahidi (<tu>) yoxdur.',
      en: 'The file holds no translation units (<tu>).',
      ru: 'В файле нет единиц перевода (<tu>).',
    })
  return { ok: true, entries }
}
