/** Nothing special: the bare framework is the reference (bench/run.ts, docs/benchmarks.md). */
const nextConfig = { poweredByHeader: false }

export default nextConfig
