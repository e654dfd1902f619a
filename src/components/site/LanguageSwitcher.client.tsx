'use client'

import { usePathname } from 'next/navigation'

type Props = { current: string; locales: { code: string; label: string }[]; label: string }

/**
 * Slugs are shared by all locales, so the same document in another language is the same path under
 * another locale segment. Rendered on the server too: it works without JavaScript.
 */
export function LanguageSwitcher({ current, locales, label }: Props) {
  const rest = (usePathname() ?? `/${current}`).replace(/^\/[^/]+/, '')
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((l) => (
          <li key={l.code}>
            <a
              href={`/${l.code}${rest}`}
              hrefLang={l.code}
              lang={l.code}
              aria-current={l.code === current ? 'page' : undefined}
            >
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
