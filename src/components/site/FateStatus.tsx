import { getTranslations } from 'next-intl/server'

import type { FateKind } from '@/lib/people/fates'

/** The status stored with the person on save (`facets`, read from the claims by statusOf). */
type StoredStatus = {
  fates?: readonly FateKind[] | null
  disputed?: readonly FateKind[] | null
}

/**
 * A person's status in words: the undisputed fates in the order they happened ("Taken hostage →
 * Released from captivity → Killed"), and beside them, never merged in, what a source disputes.
 */
export async function FateStatus({ status }: { status: StoredStatus | null | undefined }) {
  const sequence = status?.fates ?? []
  const disputed = status?.disputed ?? []
  if (!sequence.length && !disputed.length) return null
  const t = await getTranslations('people')
  return (
    <>
      {sequence.length ? (
        <ol className="fate-sequence">
          {sequence.map((fate) => (
            <li key={fate}>{t(`fates.${fate}`)}</li>
          ))}
        </ol>
      ) : null}
      {disputed.length ? (
        <p className="fate-disputed">
          {t('disputedAlso', { fates: disputed.map((fate) => t(`fates.${fate}`)).join(', ') })}
        </p>
      ) : null}
    </>
  )
}
