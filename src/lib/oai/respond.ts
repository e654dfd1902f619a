import { xmlElement as el } from '@/lib/format/xml'
import { collectionLabels } from '@/i18n/adminLabels'
import { localeCodes } from '@/i18n/locales'
import type { DcElement } from '@/lib/oai/dublinCore'
import {
  DC_NS,
  METADATA_PREFIX,
  OAI_DC_NS,
  OAI_DC_SCHEMA,
  OAI_NS,
  OAI_SCHEMA,
  oaiSets,
  type OaiError,
  type Verb,
} from '@/lib/oai/protocol'
import type { Header, OaiRecord } from '@/lib/oai/repository'

type Part = { xml: string }

/**
 * The response envelope. `request` echoes the arguments of a valid request only: after badVerb or
 * badArgument the protocol wants the base URL alone.
 */
export function envelope(
  baseUrl: string,
  request: Record<string, string> | null,
  body: Part | Part[],
): string {
  const root = el(
    'OAI-PMH',
    {
      xmlns: OAI_NS,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${OAI_NS} ${OAI_SCHEMA}`,
    },
    el('responseDate', {}, new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')),
    el('request', request ?? {}, baseUrl),
    ...(Array.isArray(body) ? body : [body]),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.xml}\n`
}

export const errors = (list: OaiError[]) =>
  list.map(({ code, message }) => el('error', { code }, message))

export function identify(info: {
  name: string
  baseUrl: string
  adminEmail: string
  earliestDatestamp: string
}): Part {
  return el(
    'Identify',
    {},
    el('repositoryName', {}, info.name),
    el('baseURL', {}, info.baseUrl),
    el('protocolVersion', {}, '2.0'),
    el('adminEmail', {}, info.adminEmail),
    el('earliestDatestamp', {}, info.earliestDatestamp),
    // Deleted and unpublished documents stay listed as deleted, for good (deleted-records).
    el('deletedRecord', {}, 'persistent'),
    el('granularity', {}, 'YYYY-MM-DDThh:mm:ssZ'),
  )
}

export const metadataFormats = () =>
  el(
    'ListMetadataFormats',
    {},
    el(
      'metadataFormat',
      {},
      el('metadataPrefix', {}, METADATA_PREFIX),
      el('schema', {}, OAI_DC_SCHEMA),
      el('metadataNamespace', {}, OAI_DC_NS),
    ),
  )

const dc = (elements: DcElement[]) =>
  el(
    'oai_dc:dc',
    {
      'xmlns:oai_dc': OAI_DC_NS,
      'xmlns:dc': DC_NS,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${OAI_DC_NS} ${OAI_DC_SCHEMA}`,
    },
    ...elements.map((e) => el(`dc:${e.name}`, { 'xml:lang': e.lang }, e.value)),
  )

/** Each set with its name in English and, as a description, in every language. */
export const sets = () =>
  el(
    'ListSets',
    {},
    ...oaiSets.map((set) =>
      el(
        'set',
        {},
        el('setSpec', {}, set),
        el('setName', {}, collectionLabels[set].plural.en),
        el(
          'setDescription',
          {},
          dc(
            localeCodes.map((lang) => ({
              name: 'title',
              value: collectionLabels[set].plural[lang],
              lang,
            })),
          ),
        ),
      ),
    ),
  )

export const header = (h: Header) =>
  el(
    'header',
    { status: h.deleted ? 'deleted' : undefined },
    el('identifier', {}, h.identifier),
    el('datestamp', {}, h.datestamp),
    el('setSpec', {}, h.set),
  )

export const record = (r: OaiRecord) =>
  el('record', {}, header(r.header), r.metadata && el('metadata', {}, dc(r.metadata)))

export const getRecord = (r: OaiRecord) => el('GetRecord', {}, record(r))

/**
 * A list verb's items and, when the list goes on or has just ended after earlier pages, its
 * resumption token (empty on the last page, as the protocol asks).
 */
export function list(
  verb: Extract<Verb, 'ListIdentifiers' | 'ListRecords'>,
  items: Part[],
  token: { value: string; cursor: number } | null,
) {
  return el(
    verb,
    {},
    ...items,
    token && el('resumptionToken', { cursor: token.cursor }, token.value),
  )
}
