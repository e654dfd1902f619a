import type { Thing, WithContext } from 'schema-dts'

/**
 * A page's schema.org description (src/lib/page/jsonLd.ts) as a JSON-LD data block. A data
 * block is not run, so the script policy (nonces, hashes) does not apply to it. `<` is escaped so
 * no text of the archive can close the element early.
 */
export function JsonLd({ data }: { data: (WithContext<Thing> | null | undefined | false)[] }) {
  return data
    .filter((node): node is WithContext<Thing> => Boolean(node))
    .map((node, i) => (
      <script
        key={i}
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(node).replace(/</g, '\\u003c') }}
      />
    ))
}
