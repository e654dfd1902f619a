import fs from 'node:fs/promises'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

export type MarkdownDoc = { meta: Record<string, string>; body: string }

/**
 * "1 275" with a no-break space (U+00A0) between its digit groups, so that a line never ends
 * after "1" with "275" on the next. Done here, as the seed reads its files, rather than in the
 * files themselves (an invisible character every author's editor would have to keep) or in the
 * rich text renderer (which would also rewrite what editors type, where "3 100" may be two
 * numbers).
 */
export const joinDigitGroups = (text: string) =>
  text.replace(/(?<!\d)\d{1,3}(?: \d{3})+(?!\d)/g, (number) => number.replaceAll(' ', '\u00a0'))

/** A seed file's text, its numbers' digit groups joined. */
export const readSeedText = async (file: string) => joinDigitGroups(await fs.readFile(file, 'utf8'))

/** A Markdown file with a small `key: value` front matter block. */
export async function readMarkdown(file: string): Promise<MarkdownDoc> {
  const text = await readSeedText(file)
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)
  if (!match) return { meta: {}, body: text }
  const meta: Record<string, string> = {}
  for (const line of match[1].split('\n')) {
    const at = line.indexOf(':')
    if (at > 0) meta[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return { meta, body: match[2].trim() }
}

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>
const editorConfigs = new WeakMap<SanitizedConfig, Promise<EditorConfig>>()

/** Markdown in, Lexical out, with the same editor features as the admin. */
export async function markdownToLexical(config: SanitizedConfig, markdown: string) {
  let editorConfig = editorConfigs.get(config)
  if (!editorConfig)
    editorConfigs.set(config, (editorConfig = editorConfigFactory.default({ config })))
  return convertMarkdownToLexical({ editorConfig: await editorConfig, markdown })
}
