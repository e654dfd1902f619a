import { getTranslations } from 'next-intl/server'

import { statusOf, type FateClaim } from '@/lib/people/fates'

/**
 * A person's status in words: the undisputed fates in the order they happened ("Taken hostage →
 * Released from captivity → Killed"), and beside them, never merged in, what a source disputes.
 */
export async function FateStatus({ fates }: { fates: readonly FateClaim[] | null | undefined }) {
  const { sequence, disputed } = statusOf(fates)
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
