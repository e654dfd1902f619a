import { percentile, timeRuns } from './stats'

export type Session = { base: string; token: string }

export async function login(base: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const json = (await response.json()) as { token?: string }
  if (!json.token) throw new Error(`login failed: ${response.status} ${JSON.stringify(json)}`)
  return { base, token: json.token }
}

/** An editor's save of one locale of the article, as the admin's Publish button sends it. */
export async function publish(
  session: Session,
  id: number | string,
  locale: string,
  excerpt: string,
) {
  const response = await fetch(`${session.base}/api/articles/${id}?locale=${locale}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${session.token}` },
    body: JSON.stringify({ excerpt, _status: 'published' }),
  })
  if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`)
}

/** Time to first byte: fetch resolves when the headers are in, before the body is read. */
export async function ttfb(url: string) {
  const started = performance.now()
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  const first = performance.now() - started
  const body = await response.text()
  return { ms: first, body, status: response.status }
}

/** Polls `url` until its HTML contains `marker`; the milliseconds since `since`. */
export async function untilVisible(url: string, marker: string, since: number, timeoutMs = 15_000) {
  while (performance.now() - since < timeoutMs) {
    const html = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then((r) => r.text())
    if (html.includes(marker)) return performance.now() - since
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return Infinity
}

export type Sampled = { label: string; p50: number; p95: number; samples: number }

export async function sample(
  label: string,
  runs: number,
  fn: () => Promise<unknown>,
): Promise<Sampled> {
  await fn()
  const times = await timeRuns(runs, fn)
  return { label, p50: percentile(times, 50), p95: percentile(times, 95), samples: runs }
}

export async function getOk(url: string, init?: RequestInit) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${url}: ${response.status} ${text.slice(0, 300)}`)
  return text
}
