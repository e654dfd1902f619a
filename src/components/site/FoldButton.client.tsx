'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useRef } from 'react'

/**
 * The button that folds the block right after it on phones (styles.css, "Phones"): a <details>
 * holding only its <summary>, so that it opens and closes without JavaScript and the block stays
 * one element in the page for every width. The script only closes it after a client-side
 * navigation, when the header stays on screen and an open menu would hide the new page.
 */
export function FoldButton({ label, className }: { label: string; className?: string }) {
  const details = useRef<HTMLDetailsElement>(null)
  const pathname = usePathname()
  useEffect(() => {
    if (details.current) details.current.open = false
  }, [pathname])
  return (
    <details ref={details} className={className ? `fold ${className}` : 'fold'}>
      <summary>{label}</summary>
    </details>
  )
}
