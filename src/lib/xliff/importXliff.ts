import {
  commitTransaction,
  initTransaction,
  killTransaction,
  ValidationError,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'

import type { TranslationLocale } from '@/i18n/locales'
import { asDoc } from '@/lib/content/fieldTree'
import { rowKey, valueAtLeafPath } from '@/lib/translation/leafPath'
import { valueSignature } from '@/lib/translation/valueText'
import { checkXliff, refuse, type Refusal } from '@/lib/xliff/checkXliff'

export type ImportResult =
  | { ok: true; locale: TranslationLocale; applied: { document: string; units: string[] }[] }
  | Refusal

/** Writes `value` at a leaf path into `data`, copying containers (groups, rows) from `current`. */
function setLeaf(
  data: Record<string, unknown>,
  current: Record<string, unknown>,
  path: string,
  value: unknown,
) {
  const [head, ...rest] = path.split('.')
  if (!rest.length) {
    data[head] = value
    return
  }
  if (data[head] === undefined) data[head] = structuredClone(current[head])
  let node: unknown = data[head]
  for (const [i, segment] of rest.entries()) {
    const last = i === rest.length - 1
    if (Array.isArray(node)) {
      const row = (node as Record<string, unknown>[]).find(
        (r, index) => rowKey(r, index) === segment,
      )
      if (!row) return
      node = row
    } else if (node && typeof node === 'object') {
      const container = node as Record<string, unknown>
      if (last) container[segment] = value
      else node = container[segment]
    }
  }
}

/**
 * Checks a whole XLIFF 2.0 file against the current documents (checkXliff.ts) and applies it only
 * when every file, unit and segment is valid: one transaction, drafts in the target locale, written
 * as the signed-in user with access control on (a translator cannot reach az or non-localized fields).
 */
export async function importXliff(req: PayloadRequest, text: string): Promise<ImportResult> {
  const checked = await checkXliff(req, text)
  if (!checked.ok) return checked
  const { locale } = checked

  const shouldCommit = await initTransaction(req)
  let failed: string | undefined
  // Without a transaction (SQLite here), documents already written are put back on a later failure.
  const written: { collection: CollectionSlug; id: string; data: Record<string, unknown> }[] = []
  const undo = async () => {
    await killTransaction(req)
    if (shouldCommit) return
    for (const w of written.reverse())
      await req.payload.update({
        collection: w.collection,
        id: w.id,
        locale,
        data: w.data,
        draft: true,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
  }
  try {
    const applied: { document: string; units: string[] }[] = []
    for (const entry of checked.documents) {
      if (!entry.values.size) continue
      failed = entry.document
      const current = asDoc(
        await req.payload.findByID({
          collection: entry.collection,
          id: entry.id,
          locale,
          fallbackLocale: false,
          draft: true,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        }),
      )
      const data: Record<string, unknown> = {}
      for (const [path, value] of entry.values) setLeaf(data, current, path, value)
      const previous: Record<string, unknown> = {}
      for (const key of Object.keys(data)) previous[key] = structuredClone(current[key] ?? null)
      const saved = await req.payload.update({
        collection: entry.collection,
        id: entry.id,
        locale,
        data,
        draft: true,
        overrideAccess: false,
        user: req.user,
        req,
      })
      // Field-level access drops a value silently (a translator cannot write the shared rows of
      // page blocks): a unit that did not land is an error, and the whole import is rolled back.
      const dropped = [...entry.values].filter(([path, value]) => {
        const type = entry.types.get(path) ?? 'text'
        return valueSignature(type, valueAtLeafPath(saved, path)) !== valueSignature(type, value)
      })
      written.push({ collection: entry.collection, id: entry.id, data: previous })
      if (dropped.length) {
        await undo()
        return refuse(
          403,
          dropped.map(([path]) => ({
            document: entry.document,
            unit: path,
            reason: 'not written: your role may not change this field',
          })),
        )
      }
      applied.push({ document: entry.document, units: [...entry.values.keys()] })
    }
    if (shouldCommit) await commitTransaction(req)
    return { ok: true, locale, applied }
  } catch (error) {
    await undo()
    if (error instanceof ValidationError)
      return refuse(
        400,
        error.data.errors.map((e) => ({ document: failed, unit: e.path, reason: e.message })),
      )
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404)
      return refuse(status, [{ reason: (error as Error).message }])
    throw error
  }
}
