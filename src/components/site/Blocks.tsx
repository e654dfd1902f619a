import { navHref } from '@/components/site/NavLinks'
import { LocalizedText } from '@/components/site/LocalizedText'
import { Picture } from '@/components/site/Picture'
import { RichText } from '@/components/site/RichText'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { pickText } from '@/lib/queries/globals'
import type { Page } from '@/payload-types'

type Block = NonNullable<Page['layout']>[number]

/**
 * A page's blocks. The block structure is shared by all locales; each text inside falls back to the
 * same block's az text (`source`) when it is not translated, marked with `lang="az"`.
 */
export function Blocks({
  blocks,
  source,
  locale,
}: {
  blocks: Block[] | null | undefined
  source: Block[] | null | undefined
  locale: Locale
}) {
  return (blocks ?? []).map((block, i) => {
    const az = source?.[i]?.blockType === block.blockType ? (source[i] as typeof block) : undefined
    const key = block.id ?? i
    switch (block.blockType) {
      case 'richText': {
        const azContent = (az as typeof block | undefined)?.content
        const content = block.content ?? azContent
        return content ? (
          <RichText
            key={key}
            data={content}
            locale={locale}
            lang={block.content ? locale : defaultLocale}
          />
        ) : null
      }
      case 'media':
        return (
          <figure key={key} className="block-media">
            <Picture
              media={block.media}
              locale={locale}
              size="hero"
              sizes="(max-width: 44rem) 100vw, 42rem"
            />
            <LocalizedText
              as="figcaption"
              text={pickText(block.caption, (az as typeof block | undefined)?.caption, locale)}
              locale={locale}
            />
          </figure>
        )
      case 'quote':
        return (
          <figure key={key} className="block-quote">
            <LocalizedText
              as="blockquote"
              text={pickText(block.quote, (az as typeof block | undefined)?.quote, locale)}
              locale={locale}
            />
            <LocalizedText
              as="figcaption"
              text={pickText(
                block.attribution,
                (az as typeof block | undefined)?.attribution,
                locale,
              )}
              locale={locale}
            />
          </figure>
        )
      case 'callToAction': {
        const label = pickText(block.label, (az as typeof block | undefined)?.label, locale)
        return (
          <aside key={key} className="block-cta">
            <LocalizedText
              as="p"
              text={pickText(block.text, (az as typeof block | undefined)?.text, locale)}
              locale={locale}
            />
            {label ? (
              <a
                className="button"
                href={navHref(block.href, locale)}
                lang={label.lang === locale ? undefined : label.lang}
              >
                {label.value}
              </a>
            ) : null}
          </aside>
        )
      }
      default:
        return null
    }
  })
}
