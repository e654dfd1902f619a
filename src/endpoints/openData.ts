import type { Endpoint } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { apiErrorResponse } from '@/lib/api/apiError'
import { toCsv } from '@/lib/openData/csv'
import { datasetNames, isDatasetName } from '@/lib/openData/datasets'
import { exportDataset } from '@/lib/openData/exportDataset'

const filePattern = /^([a-z-]+)\.(json|csv)$/

/**
 * GET /api/open-data/{recognitions,resolutions,timeline,monuments,people}.{json,csv}?locale=en
 * (docs/api.md): every published document of a data set, with a versioned schema.
 */
export const openDataEndpoint: Endpoint = {
  path: '/open-data/:file',
  method: 'get',
  handler: async (req) => {
    const match = filePattern.exec(String(req.routeParams?.file ?? ''))
    const name = match?.[1]
    if (!match || !isDatasetName(name)) {
      return apiErrorResponse(
        404,
        `Unknown data set. Available: ${datasetNames.flatMap((n) => [`${n}.json`, `${n}.csv`]).join(', ')}.`,
      )
    }
    const rawLocale = req.query.locale ?? defaultLocale
    if (!isLocale(rawLocale)) return apiErrorResponse(400, '"locale" must be one of az, en, ru.')
    const data = await exportDataset(req.payload, name, rawLocale)
    const filename = `${name}-${rawLocale}.${match[2]}`
    const headers = {
      'Content-Disposition': `inline; filename="${filename}"`,
      'Content-Language': rawLocale,
      'Cache-Control': 'public, max-age=300',
    }
    if (match[2] === 'json') return Response.json(data, { headers })
    // A list of objects (a person's fates) is one cell of JSON: CSV has no nesting.
    const nested = data.fields.filter((f) => f.type === 'object[]').map((f) => f.name)
    const csv = toCsv(
      data.fields.map((f) => f.name),
      nested.length
        ? data.records.map((r) => ({
            ...r,
            ...Object.fromEntries(nested.map((n) => [n, JSON.stringify(r[n] ?? [])])),
          }))
        : data.records,
    )
    return new Response(csv, {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8; header=present' },
    })
  },
}
