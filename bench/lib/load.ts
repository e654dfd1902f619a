import autocannon from 'autocannon'

export type LoadResult = {
  label: string
  url: string
  rps: number
  p50: number
  p99: number
  max: number
  errors: number
  non2xx: number
  requests: number
}

/** autocannon on one URL: throughput and latency under `connections` concurrent keep-alive clients. */
export async function load(
  label: string,
  url: string,
  { connections = 50, duration = 10 } = {},
): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration })
  return {
    label,
    url,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  }
}

/** A short burst first, so every cache on the way (ours, Next's, nginx's) holds the page. */
export async function warm(url: string) {
  for (let i = 0; i < 5; i++) await fetch(url).then((r) => r.arrayBuffer())
  await autocannon({ url, connections: 10, duration: 1 })
}

/** Runs of one page taken apart (interleaved with another page's) as one: throughput over all of them, the worst latencies. */
export function combined(runs: LoadResult[]): LoadResult {
  const [first] = runs
  return {
    ...first,
    rps: runs.reduce((sum, r) => sum + r.rps, 0) / runs.length,
    p50: Math.max(...runs.map((r) => r.p50)),
    p99: Math.max(...runs.map((r) => r.p99)),
    max: Math.max(...runs.map((r) => r.max)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
  }
}
