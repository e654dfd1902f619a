/** The framework's floor for a page rendered per request, as a CSP nonce requires (see proxy.ts here). */
export const dynamic = 'force-dynamic'

export default function Page() {
  return (
    <main>
      <h1>Hello, world</h1>
    </main>
  )
}
