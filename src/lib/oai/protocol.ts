import { contentCollections, isOneOf, type ContentSlug } from '@/lib/content/collections'

/**
 * OAI-PMH 2.0 as this archive speaks it (docs/api.md, "OAI-PMH"): the verbs, their arguments and
 * the protocol's error codes. Pure: the arguments of one request in, a checked request or the
 * errors to answer out.
 */

export const OAI_NS = 'http://www.openarchives.org/OAI/2.0/'
export const OAI_SCHEMA = 'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd'
export const OAI_DC_NS = 'http://www.openarchives.org/OAI/2.0/oai_dc/'
export const OAI_DC_SCHEMA = 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd'
export const DC_NS = 'http://purl.org/dc/elements/1.1/'

/** The one metadata format: unqualified Dublin Core, which every harvester reads. */
export const METADATA_PREFIX = 'oai_dc'

/** One set per public collection: harvest only the people, only the documents… */
export const oaiSets = contentCollections
export type OaiSet = ContentSlug

export const verbs = [
  'Identify',
  'ListMetadataFormats',
  'ListSets',
  'GetRecord',
  'ListIdentifiers',
  'ListRecords',
] as const
export type Verb = (typeof verbs)[number]

export type OaiErrorCode =
  | 'badVerb'
  | 'badArgument'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'badResumptionToken'
  | 'noMetadataFormats'
  | 'noSetHierarchy'

export type OaiError = { code: OaiErrorCode; message: string }

export class OaiProtocolError extends Error {
  constructor(
    readonly code: OaiErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** A datestamp argument: the instant it stands for and the granularity it was given in. */
export type Datestamp = { date: Date; granularity: 'day' | 'second' }

/** Selective harvesting: what ListIdentifiers and ListRecords were asked for. */
export type Selection = {
  metadataPrefix: typeof METADATA_PREFIX
  set?: OaiSet
  from?: Date
  until?: Date
}

export type OaiRequest =
  | { verb: 'Identify' }
  | { verb: 'ListMetadataFormats'; identifier?: string }
  | { verb: 'ListSets'; resumptionToken?: string }
  | { verb: 'GetRecord'; identifier: string; metadataPrefix: string }
  | {
      verb: 'ListIdentifiers' | 'ListRecords'
      selection?: Selection
      resumptionToken?: string
    }

/** The arguments each verb takes, required first (the protocol's table, section 3.1.1). */
const argumentsOf: Record<Verb, { required: string[]; optional: string[]; exclusive?: string }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
  ListIdentifiers: {
    required: ['metadataPrefix'],
    optional: ['from', 'until', 'set'],
    exclusive: 'resumptionToken',
  },
  ListRecords: {
    required: ['metadataPrefix'],
    optional: ['from', 'until', 'set'],
    exclusive: 'resumptionToken',
  },
}

/**
 * A datestamp as the protocol writes it: a day (YYYY-MM-DD) or a second in UTC
 * (YYYY-MM-DDThh:mm:ssZ), the repository's granularity. `end` makes a day mean its last second,
 * as `until` does.
 */
export function parseDatestamp(value: string, { end = false } = {}): Datestamp | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const second = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/.exec(value)
  const parts = (day ?? second)?.slice(1).map(Number)
  if (!parts) return null
  const [y, mo, d, h = 0, mi = 0, s = 0] = parts
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s))
  // 2026-02-30 rolls over to March in Date.UTC: not a date the harvester meant.
  const rolledOver =
    date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d
  if (rolledOver || h > 23 || mi > 59 || s > 59) return null
  if (end && day) date.setUTCHours(23, 59, 59, 999)
  else if (end) date.setUTCMilliseconds(999)
  return { date, granularity: day ? 'day' : 'second' }
}

/** A date as a datestamp at the repository's granularity (seconds, UTC). */
export const formatDatestamp = (date: Date | string): string =>
  new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * Checks one request's arguments (from the query string of a GET or the form body of a POST)
 * against the protocol. Each argument may appear once; unknown ones are errors.
 */
export function parseOaiRequest(params: URLSearchParams): OaiRequest | OaiError[] {
  const verbs_ = params.getAll('verb')
  if (verbs_.length !== 1)
    return [
      {
        code: 'badVerb',
        message: verbs_.length ? 'The verb is repeated.' : 'No verb: add verb=Identify, …',
      },
    ]
  const verb = verbs_[0]
  if (!isOneOf(verbs, verb))
    return [{ code: 'badVerb', message: `"${verb}" is not an OAI-PMH verb: ${verbs.join(', ')}.` }]
  const spec = argumentsOf[verb]
  const errors: OaiError[] = []
  const bad = (message: string) => errors.push({ code: 'badArgument', message })
  const args: Record<string, string> = {}
  for (const key of new Set(params.keys())) {
    if (key === 'verb') continue
    const values = params.getAll(key)
    if (![...spec.required, ...spec.optional, spec.exclusive].includes(key))
      bad(`${verb} does not take "${key}".`)
    else if (values.length > 1) bad(`"${key}" is repeated.`)
    else args[key] = values[0]
  }
  if (spec.exclusive && args[spec.exclusive] !== undefined) {
    if (Object.keys(args).length > 1)
      bad(`"${spec.exclusive}" is an exclusive argument: send it alone with the verb.`)
    if (errors.length) return errors
    return { verb, resumptionToken: args[spec.exclusive] } as OaiRequest
  }
  for (const key of spec.required) if (args[key] === undefined) bad(`${verb} needs "${key}".`)
  if (errors.length) return errors

  switch (verb) {
    case 'Identify':
    case 'ListSets':
      return { verb }
    case 'ListMetadataFormats':
      return { verb, identifier: args.identifier }
    case 'GetRecord':
      return { verb, identifier: args.identifier, metadataPrefix: args.metadataPrefix }
    case 'ListIdentifiers':
    case 'ListRecords': {
      const selection = parseSelection(args)
      return 'code' in selection ? [selection] : { verb, selection }
    }
  }
}

function parseSelection(args: Record<string, string>): Selection | OaiError {
  const from = args.from === undefined ? undefined : parseDatestamp(args.from)
  const until = args.until === undefined ? undefined : parseDatestamp(args.until, { end: true })
  if (from === null || until === null)
    return {
      code: 'badArgument',
      message: '"from" and "until" are dates (YYYY-MM-DD) or UTC seconds (YYYY-MM-DDThh:mm:ssZ).',
    }
  if (from && until && from.granularity !== until.granularity)
    return { code: 'badArgument', message: '"from" and "until" must have the same granularity.' }
  if (args.set !== undefined && !isOneOf(oaiSets, args.set))
    return {
      code: 'noRecordsMatch',
      message: `There is no set "${args.set}": ListSets lists them.`,
    }
  if (args.metadataPrefix !== METADATA_PREFIX)
    return {
      code: 'cannotDisseminateFormat',
      message: `The only metadata format is ${METADATA_PREFIX}.`,
    }
  return {
    metadataPrefix: METADATA_PREFIX,
    ...(args.set !== undefined && { set: args.set as OaiSet }),
    ...(from && { from: from.date }),
    ...(until && { until: until.date }),
  }
}
