import { blockSlots, lexicalText, textBlocks, type LexicalNode } from '@/lib/translation/valueText'

/**
 * Segments of translation memory, client-safe: a plain text field is one segment; rich text is
 * split into the text blocks the XLIFF exporter makes segments of (paragraph, heading, quote, list
 * item), and each block into sentences. A source sentence is paired with a target sentence only when
 * the block has as many sentences in both languages; otherwise the whole block is one pair.
 */
export type SegmentPair = { source: string; target: string }

/** Where a source segment sits in its field: rich-text block and sentence (null: the whole block). */
export type SourceSegment = { text: string; block: number | null; sentence: number | null }

const segmenters = new Map<string, Intl.Segmenter>()
const segmenter = (locale: string) => {
  if (!segmenters.has(locale))
    segmenters.set(locale, new Intl.Segmenter(locale, { granularity: 'sentence' }))
  return segmenters.get(locale)!
}

/** The sentences of a text, trimmed, empty ones dropped. */
export function sentences(text: string, locale: string): string[] {
  return [...segmenter(locale).segment(text)].map((s) => s.segment.trim()).filter(Boolean)
}

/** A text block's plain text (line breaks kept), as valueText reads rich text. */
export const blockText = (block: LexicalNode): string =>
  lexicalText({ root: { type: 'root', children: [block] } }).trim()

const blockTexts = (value: unknown) => textBlocks(value).map(blockText)

/** The pairs a published field makes: az value and the locale's own value of one field. */
export function fieldPairs(
  type: string,
  azValue: unknown,
  targetValue: unknown,
  locale: string,
): SegmentPair[] {
  if (type !== 'richText') {
    const source = typeof azValue === 'string' ? azValue.trim() : ''
    const target = typeof targetValue === 'string' ? targetValue.trim() : ''
    return source && target ? [{ source, target }] : []
  }
  const az = blockTexts(azValue)
  const translated = blockTexts(targetValue)
  // The translation replaces the text of each az block: other shapes cannot be paired block by block.
  if (az.length !== translated.length) return []
  return az.flatMap((source, i) => {
    const target = translated[i]
    const from = sentences(source, 'az')
    const to = sentences(target, locale)
    return from.length > 1 && from.length === to.length
      ? from.map((s, j) => ({ source: s, target: to[j] }))
      : [{ source, target }]
  })
}

/**
 * The az segments of a field to look up in memory: a plain text value whole; in rich text every
 * sentence, and every block of more than one sentence whole (memory keeps a block whole when its
 * translation had another number of sentences).
 */
export function sourceSegments(type: string, azValue: unknown): SourceSegment[] {
  if (type !== 'richText') {
    const text = typeof azValue === 'string' ? azValue.trim() : ''
    return text ? [{ text, block: null, sentence: null }] : []
  }
  return blockTexts(azValue).flatMap((text, block) => {
    const parts = sentences(text, 'az')
    if (parts.length <= 1) return [{ text, block, sentence: null }]
    return [
      ...parts.map((part, sentence) => ({ text: part, block, sentence })),
      { text, block, sentence: null },
    ]
  })
}

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/**
 * A translation from memory put into a rich-text value: the block (or the sentence of the block)
 * that corresponds to az block `block` gets `text`. The current value is kept when it has the az
 * block structure; otherwise the az structure is taken with every block emptied (never az text in a
 * translation). The replaced block becomes plain text: memory keeps no formatting.
 */
export function insertIntoRichText(
  azValue: unknown,
  current: unknown,
  segment: Pick<SourceSegment, 'block' | 'sentence'>,
  text: string,
  locale: string,
): unknown {
  const azSlots = blockSlots(azValue)
  const azTextBlocks = textBlocks(azValue)
  const azBlock = azTextBlocks[segment.block ?? 0]
  const slotIndex = azSlots.indexOf(azBlock)
  if (slotIndex < 0) return current
  let base = structuredClone(current)
  if (blockSlots(base).length !== azSlots.length) {
    base = structuredClone(azValue)
    for (const slot of blockSlots(base)) slot.children = []
  }
  const slot = blockSlots(base)[slotIndex]
  const existing = blockText(slot)
  let next = text
  if (segment.sentence !== null && existing) {
    const azSentences = sentences(blockText(azBlock), 'az')
    const own = sentences(existing, locale)
    if (own.length === azSentences.length) {
      own[segment.sentence] = text
      next = own.join(' ')
    } else next = `${existing} ${text}`
  }
  slot.children = [textNode(next)]
  return base
}
