import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { MonumentsMapSection } from '@/components/site/MonumentsMapSection'
import { LocalizedText } from '@/components/site/LocalizedText'
import { jurisdictionName } from '@/lib/jurisdictions'
import { pageLocale } from '@/lib/pageLocale'
import { listMonuments } from '@/lib/queries/monuments'
import { localePath } from '@/lib/routes'
import { sectionMetadata } from '@/lib/sectionMetadata'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = sectionMetadata('monuments')

export default async function MonumentsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, monuments] = await Promise.all([getTranslations('monuments'), listMonuments(locale)])
  return (
    <div className="page-width">
      <h1>{t('title')}</h1>
      <p className="muted">{t('count', { count: monuments.totalDocs })}</p>
      <MonumentsMapSection monuments={monuments.docs} locale={locale} />
      {monuments.docs.length ? (
        <ul className="card-list">
          {monuments.docs.map((monument) => (
            <li key={monument.doc.id} className="card">
              <h2 className="card-title">
                <Link href={localePath(locale, 'monuments', monument.doc.slug)}>
                  <LocalizedText text={monument.get('name')} locale={locale} />
                </Link>
              </h2>
              <p>
                <LocalizedText text={monument.get('city')} locale={locale} />
                {monument.doc.city ? ', ' : ''}
                {jurisdictionName(monument.doc.country, locale)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('none')}</p>
      )}
    </div>
  )
}
