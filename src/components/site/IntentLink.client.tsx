'use client'

import Link from 'next/link'
import { useState, type ComponentProps } from 'react'

type Props = Omit<
  ComponentProps<typeof Link>,
  'prefetch' | 'onMouseEnter' | 'onFocus' | 'onTouchStart'
>

/**
 * `next/link` that prefetches when the visitor shows intent (the pointer over it, keyboard focus, a
 * touch), not when it scrolls into view: Next's default prefetched every link on screen, ten
 * requests to the server per page view for the header menu alone, each costing about what serving
 * the page itself does (docs/benchmarks.md), most for pages nobody opens. A hover or a touch comes
 * a few hundred milliseconds before the click, so navigation stays immediate where it counts. The
 * pattern of Next's prefetching guide ("Hover-triggered prefetch"). Without JavaScript it is a link.
 */
export function IntentLink(props: Props) {
  const [intent, setIntent] = useState(false)
  const show = () => setIntent(true)
  // null: Next's default prefetch, once the visitor has shown intent.
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={show}
      onFocus={show}
      onTouchStart={show}
    />
  )
}
