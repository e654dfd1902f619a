import fs from 'node:fs/promises'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

export type MarkdownDoc = { meta: Record<string, string>; body: string }

/** A Markdown file with a small `key: value` front matter block. */
export async function readMarkdown(file: string): Promise<MarkdownDoc> {
  const text = await fs.readFile(file, 'utf8')
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
