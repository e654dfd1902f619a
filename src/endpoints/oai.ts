import type { Endpoint, PayloadRequest } from 'payload'

import { siteNames } from '@/lib/content/visitorReads'
import { absoluteUrl } from '@/lib/routing/siteUrl'
import {
  METADATA_PREFIX,
  OaiProtocolError,
  parseOaiRequest,
  type OaiError,
  type OaiRequest,
} from '@/lib/oai/protocol'
import {
  earliestDatestamp,
  findRecord,
  headerOf,
  parseIdentifier,
  readPage,
  recordsOf,
  startOf,
} from '@/lib/oai/repository'
import * as xml from '@/lib/oai/respond'
import type { OaiSettings } from '@/lib/oai/settings'
import { decodeToken, encodeToken, type ListPosition } from '@/lib/oai/token'

const BASE_PATH = '/api/oai'

/** The request's arguments: the query of a GET, the urlencoded form of a POST (protocol 3.1.1). */
async function argumentsOf(req: PayloadRequest): Promise<URLSearchParams> {
  const url = new URL(req.url ?? BASE_PATH, 'http://localhost')
  if (req.method !== 'POST') return url.searchParams
  const type = req.headers.get('content-type') ?? ''
  if (!type.startsWith('application/x-www-form-urlencoded') || !req.text)
    return new URLSearchParams()
  return new URLSearchParams(await req.text())
}

const answer = (body: string) =>
  new Response(body, {
    headers: {
      'Content-Type': 'text/xml; charset=utf-8',
      // Harvests are incremental: a cached page would hide what changed since.
      'Cache-Control': 'no-store',
    },
  })

/** Handles one valid request; a protocol error on the way is thrown as OaiProtocolError. */
async function respond(req: PayloadRequest, request: OaiRequest) {
  const { payload } = req
  switch (request.verb) {
    case 'Identify': {
      const names = [...new Set(Object.values(await siteNames(payload)))]
      return xml.identify({
        name: names.join(' / ') || 'Khojaly Memorial Archive',
        baseUrl: absoluteUrl(BASE_PATH),
        adminEmail: (payload.config.custom.oai as OaiSettings).adminEmail,
        earliestDatestamp: await earliestDatestamp(payload),
      })
    }
    case 'ListMetadataFormats':
      if (request.identifier && !(await findRecord(payload, request.identifier)))
        throw new OaiProtocolError('idDoesNotExist', `No record "${request.identifier}".`)
      return xml.metadataFormats()
    case 'ListSets':
      if (request.resumptionToken !== undefined)
        throw new OaiProtocolError(
          'badResumptionToken',
          'ListSets fits on one page: it gives no resumption tokens.',
        )
      return xml.sets()
    case 'GetRecord': {
      const record = parseIdentifier(payload, request.identifier)
        ? await findRecord(payload, request.identifier)
        : null
      if (!record)
        throw new OaiProtocolError('idDoesNotExist', `No record "${request.identifier}".`)
      if (request.metadataPrefix !== METADATA_PREFIX)
        throw new OaiProtocolError(
          'cannotDisseminateFormat',
          `The only metadata format is ${METADATA_PREFIX}.`,
        )
      return xml.getRecord(record)
    }
    case 'ListIdentifiers':
    case 'ListRecords': {
      const resumed = request.resumptionToken !== undefined
      const position: ListPosition = resumed
        ? decodeToken(request.resumptionToken!)
        : startOf(request.selection!)
      const { rows, next } = await readPage(payload, position)
      if (!rows.length)
        throw new OaiProtocolError('noRecordsMatch', 'No record matches these arguments.')
      const items =
        request.verb === 'ListIdentifiers'
          ? rows.map((row) => xml.header(headerOf(row)))
          : (await recordsOf(payload, rows)).map(xml.record)
      const token = next
        ? { value: encodeToken(next), cursor: position.cursor }
        : resumed
          ? { value: '', cursor: position.cursor }
          : null
      return xml.list(request.verb, items, token)
    }
  }
}

/** The arguments echoed in `request`, for a request that was valid. */
const echo = (params: URLSearchParams) => Object.fromEntries(params)

async function handle(req: PayloadRequest): Promise<Response> {
  const params = await argumentsOf(req)
  const baseUrl = absoluteUrl(BASE_PATH)
  const request = parseOaiRequest(params)
  if (Array.isArray(request)) {
    const plainRequest = request.some((e) => e.code === 'badVerb' || e.code === 'badArgument')
    return answer(xml.envelope(baseUrl, plainRequest ? null : echo(params), xml.errors(request)))
  }
  try {
    return answer(xml.envelope(baseUrl, echo(params), await respond(req, request)))
  } catch (error) {
    if (!(error instanceof OaiProtocolError)) throw error
    const errors: OaiError[] = [{ code: error.code, message: error.message }]
    return answer(xml.envelope(baseUrl, echo(params), xml.errors(errors)))
  }
}

/**
 * OAI-PMH 2.0 (docs/api.md, "OAI-PMH"): every published document of every public collection as
 * Dublin Core, for aggregators' harvesters. Errors are the protocol's own, in a 200 answer, as
 * harvesters expect.
 */
export const oaiEndpoints: Endpoint[] = [
  { path: '/oai', method: 'get', handler: handle },
  { path: '/oai', method: 'post', handler: handle },
]
