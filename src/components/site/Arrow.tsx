/** The arrow beside "next", "all articles"…: decoration, so screen readers do not say "right arrow". */
export function Arrow({ direction = 'forward' }: { direction?: 'forward' | 'back' }) {
  return <span aria-hidden="true">{direction === 'forward' ? '→' : '←'}</span>
}
