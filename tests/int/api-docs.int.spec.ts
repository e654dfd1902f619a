import fs from 'node:fs'
import path from 'node:path'

import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { MEDIA_QUEUE } from '@/lib/documents/processMedia'
import { checkHealth } from '@/lib/health/health'
import { graphql } from '@tests/helpers/api'
import {
  createSeededTestPayload,
  noRevalidate,
  projectRoot,
  testPayloadForFile,
} from '@tests/helpers/testPayload'

/** One documented example of docs/api.md: a curl command and the (abridged) answer below it. */
type Example = {
  command: string
  status: number
  method: string
  path: string
  body?: string
  kind: 'json' | 'csv' | 'xml'
  answer: string
}

function parseExamples(markdown: string): Example[] {
  const examples: Example[] = []
  for (const [, sh, kind, answer] of markdown.matchAll(
    /```sh\n([\s\S]*?)```\s*\n```(json|csv|xml)\n([\s\S]*?)```/g,
  )) {
    const command = sh.split('\n').find((line) => line.startsWith('curl'))!
    const url = /'(http:\/\/localhost:3000[^']*)'/.exec(command)?.[1]
    if (!url) throw new Error(`docs/api.md: no URL in "${command}"`)
    const parsed = new URL(url)
    examples.push({
      command,
      status: Number(/# → (\d{3})/.exec(sh)?.[1] ?? 200),
      method: /-X (\w+)/.exec(command)?.[1] ?? 'GET',
      path: `${parsed.pathname}${parsed.search}`,
      body: /-d '(.*)'$/.exec(command)?.[1],
      kind: kind as Example['kind'],
      answer,
    })
  }
  return examples
}

/** The shape of a JSON value: what the documented answer promises (keys and types), not its values. */
function expectShape(actual: unknown, documented: unknown, at = '$') {
  // Abridged answers show `null` where a value may or may not be known; either side null matches.
  if (documented === null || actual === null) return
  if (Array.isArray(documented)) {
    expect(Array.isArray(actual), `${at} is a list`).toBe(true)
    if (documented.length && (actual as unknown[]).length)
      expectShape((actual as unknown[])[0], documented[0], `${at}[0]`)
    return
  }
  expect(typeof actual, `${at} type`).toBe(typeof documented)
  if (typeof documented === 'object') {
    for (const [key, value] of Object.entries(documented as Record<string, unknown>)) {
      expect(actual as object, `${at} has "${key}"`).toHaveProperty([key])
      expectShape((actual as Record<string, unknown>)[key], value, `${at}.${key}`)
    }
  }
}

const t = testPayloadForFile(createSeededTestPayload)

beforeAll(async () => {
  // The IIIF examples: the seed's images tiled by the media job, as the app's runner does within a
  // minute of an upload, and a gallery for the first monument (the demo archive has none).
  await t.payload.jobs.run({ queue: MEDIA_QUEUE, limit: 50 })
  await t.payload.update({
    collection: 'monuments',
    id: 1,
    data: { gallery: [1] },
    context: noRevalidate(),
  })
})
const examples = parseExamples(fs.readFileSync(path.join(projectRoot, 'docs/api.md'), 'utf8'))

/** Runs an example the way the app serves it: Payload's handlers in-process, Next route handlers by their function. */
async function run(example: Example): Promise<{ status: number; text: string }> {
  if (example.path === '/api/health') {
    const { code, body } = await checkHealth(async () => t.payload)
    return { status: code, text: JSON.stringify(body) }
  }
  if (example.path === '/api/graphql') {
    const { query, variables } = JSON.parse(example.body!)
    const { status, json } = await graphql(t.payload, query, { variables })
    return { status, text: JSON.stringify(json) }
  }
  const request = new Request(`http://localhost${example.path}`, {
    method: example.method,
    headers: example.body ? { 'content-type': 'application/json' } : {},
    body: example.body,
  })
  const response = await handleEndpoints({
    config: t.payload.config,
    path: new URL(request.url).pathname,
    request,
  })
  return { status: response.status, text: await response.text() }
}

describe('docs/api.md', () => {
  it('documents every public endpoint', () => {
    const documented = new Set(
      examples.map((e) => e.path.replace(/\?.*$/, '').replace(/\/[^/]+\.(json|csv)$/, '/*')),
    )
    for (const endpoint of [
      '/api/search',
      '/api/open-data/*',
      '/api/articles',
      '/api/globals/site',
      '/api/graphql',
      '/api/health',
      '/api/submissions/send',
      '/api/submissions/confirm',
      '/api/oai',
      '/api/iiif/image/1/*',
      '/api/iiif/monuments/1/manifest',
    ]) {
      expect(documented, endpoint).toContain(endpoint)
    }
  })

  it.each(examples.map((e) => [e.command, e] as const))('%s', async (_command, example) => {
    const { status, text } = await run(example)
    expect(status, text.slice(0, 300)).toBe(example.status)
    if (example.kind === 'csv') {
      expect(text.split('\r\n')[0]).toBe(example.answer.split('\n')[0])
      return
    }
    if (example.kind === 'xml') {
      // Every element the abridged answer shows is in the real one, and the error codes it names.
      const tags = (xml: string) =>
        new Set([...xml.matchAll(/<([A-Za-z_][\w:.-]*)/g)].map((m) => m[1]))
      const real = tags(text)
      for (const tag of tags(example.answer)) expect(real, tag).toContain(tag)
      for (const [code] of example.answer.matchAll(/code="\w+"/g)) expect(text).toContain(code)
      return
    }
    expectShape(JSON.parse(text), JSON.parse(example.answer))
  })
})
