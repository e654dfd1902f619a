'use client'

import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react'
import type { Viewer } from 'openseadragon'

export type ViewerLabels = {
  view: string
  label: string
  zoomIn: string
  zoomOut: string
  home: string
  fullPage: string
  previous: string
  next: string
  close: string
  loading: string
  failed: string
  /** "Page {page} of {count}", already translated. */
  pageOf: string
}

const noSubscription = () => () => {}

/** The page a link asked for (`#page-3`), counted from 0. */
const pageFromHash = (count: number) => {
  const n = Number(/^#page-(\d+)$/.exec(window.location.hash)?.[1])
  return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : 0
}

/**
 * "View the original": a deep-zoom viewer (OpenSeadragon) over the pages' IIIF tiles, loaded only
 * when a reader asks for it, from this site alone. Its buttons are the page's own, labelled in the
 * reader's language (OpenSeadragon's would load their images from elsewhere). Without JavaScript
 * there is no button, and the pages below stay links to the PDF.
 */
export function OriginalViewer({ sources, labels }: { sources: string[]; labels: ViewerLabels }) {
  const id = useId().replace(/:/g, '')
  // True once hydrated (false in the server's HTML): the button exists only where it can work.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [state, setState] = useState<'closed' | 'loading' | 'open' | 'failed'>('closed')
  const [page, setPage] = useState(0)
  const container = useRef<HTMLDivElement>(null)
  const viewer = useRef<Viewer | null>(null)
  const opener = useRef<HTMLButtonElement>(null)
  // After closing, focus goes back to the button, once it is there again.
  const returnFocus = useRef(false)

  useEffect(() => {
    if (state !== 'loading' || !container.current) return
    let cancelled = false
    import('openseadragon')
      .then(({ default: OpenSeadragon }) => {
        if (cancelled || !container.current) return
        const start = pageFromHash(sources.length)
        const instance = OpenSeadragon({
          element: container.current,
          tileSources: sources,
          sequenceMode: sources.length > 1,
          initialPage: start,
          // The canvas drawer: WebGL is not there on every reader's machine.
          drawer: 'canvas',
          zoomInButton: `${id}-zoom-in`,
          zoomOutButton: `${id}-zoom-out`,
          homeButton: `${id}-home`,
          fullPageButton: `${id}-full`,
          ...(sources.length > 1 && {
            previousButton: `${id}-previous`,
            nextButton: `${id}-next`,
          }),
          showNavigator: false,
          visibilityRatio: 0.5,
        })
        instance.addHandler('page', (event) => setPage(event.page))
        instance.addHandler('open-failed', () => setState('failed'))
        viewer.current = instance
        setPage(start)
        setState('open')
      })
      .catch(() => setState('failed'))
    return () => {
      cancelled = true
    }
  }, [state, sources, id])

  useEffect(
    () => () => {
      viewer.current?.destroy()
      viewer.current = null
    },
    [],
  )

  useEffect(() => {
    if (state !== 'closed' || !returnFocus.current) return
    returnFocus.current = false
    opener.current?.focus()
  }, [state])

  const close = () => {
    viewer.current?.destroy()
    viewer.current = null
    returnFocus.current = true
    setState('closed')
  }

  const shown = state === 'loading' || state === 'open'
  return (
    <div className="original-viewer">
      {/* The button's room is kept before hydration, so nothing moves when it appears. */}
      <p className="original-viewer-open">
        {mounted && !shown ? (
          <button ref={opener} type="button" className="button" onClick={() => setState('loading')}>
            {labels.view}
          </button>
        ) : null}
      </p>
      {state === 'failed' ? (
        <p role="alert" className="muted">
          {labels.failed}
        </p>
      ) : null}
      {shown ? (
        <section
          className="viewer-frame"
          aria-label={labels.label}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close()
          }}
        >
          <div className="viewer-toolbar" role="toolbar" aria-label={labels.label}>
            <button type="button" id={`${id}-zoom-in`}>
              {labels.zoomIn}
            </button>
            <button type="button" id={`${id}-zoom-out`}>
              {labels.zoomOut}
            </button>
            <button type="button" id={`${id}-home`}>
              {labels.home}
            </button>
            <button type="button" id={`${id}-full`}>
              {labels.fullPage}
            </button>
            {sources.length > 1 ? (
              <>
                <button type="button" id={`${id}-previous`} disabled={page === 0}>
                  {labels.previous}
                </button>
                <button type="button" id={`${id}-next`} disabled={page === sources.length - 1}>
                  {labels.next}
                </button>
              </>
            ) : null}
            <button type="button" onClick={close} autoFocus>
              {labels.close}
            </button>
            <span className="viewer-page" aria-live="polite">
              {state === 'loading'
                ? labels.loading
                : labels.pageOf
                    .replace('{page}', String(page + 1))
                    .replace('{count}', String(sources.length))}
            </span>
          </div>
          <div ref={container} className="viewer-canvas" data-page={page + 1} />
        </section>
      ) : null}
    </div>
  )
}
