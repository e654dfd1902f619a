'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { formPathToLeafPath, valueAtLeafPath } from '@/lib/translation/leafPath'

export type AzDoc = Record<string, unknown> & {
  translationSources?: {
    fields?: Record<
      string,
      { az?: string } & Record<string, { hash?: string; text?: string } | string | undefined>
    >
  }
}

// One request per document (and save) for all the fields of the form and all their panels.
const requests = new Map<string, Promise<AzDoc | null>>()
function loadAzDoc(url: string): Promise<AzDoc | null> {
  if (!requests.has(url)) {
    requests.set(
      url,
      fetch(url, { credentials: 'include' }).then(
        (r) => (r.ok ? (r.json() as Promise<AzDoc>) : null),
        () => null,
      ),
    )
  }
  return requests.get(url)!
}

/**
 * The az source of the field at `path` (a form path, rows by index) while a saved document is
 * edited in another locale: the az document (latest draft, no fallback), the field's leaf path in
 * it (rows by id) and its value. `doc` is null in az, in a create view and until the read arrives.
 */
export function useAzSource(path: string) {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { code } = useLocale()
  const { config } = useConfig()
  const [doc, setDoc] = useState<AzDoc | null>(null)
  const active = Boolean(id && collectionSlug && code && code !== 'az')

  useEffect(() => {
    if (!active) return
    let live = true
    const url = `${config.routes.api}/${collectionSlug}/${id}?locale=az&fallback-locale=none&draft=true&depth=0&t=${lastUpdateTime ?? 0}`
    void loadAzDoc(url).then((d) => live && setDoc(d))
    return () => {
      live = false
    }
  }, [active, collectionSlug, config.routes.api, id, lastUpdateTime])

  if (!active || !doc) return { code, doc: null, leafPath: path, value: undefined }
  const leafPath = formPathToLeafPath(doc, path)
  return { code, doc, leafPath, value: valueAtLeafPath(doc, leafPath) }
}
