import type {
  Article,
  BreadcrumbList,
  Event,
  LandmarksOrHistoricalBuildings,
  Legislation,
  Person,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'
import { type DatePrecision, preciseDateAttr } from '@/lib/format/preciseDate'
import { absoluteUrl } from '@/lib/routing/siteUrl'

/**
 * schema.org for search engines and linked-data tools, as JSON-LD (one `<script>` per page,
 * src/components/site/JsonLd.tsx), typed by schema-dts. Each node says the language its text is
 * in and links the same page in the other languages: a page in az names its translations
 * (`workTranslation`), a translation names the az original (`translationOfWork`).
 */

/** The page's address in a locale: `path` is what follows the locale ('' for home). */
const pageUrl = (locale: Locale, path: string) => absoluteUrl(`/${locale}${path}`)

type Page = {
  locale: Locale
  path: string
  /** The language of the text shown: az where the page falls back to it. */
  textLanguage: Locale
  /** The locales the page is published in; every locale where not given. */
  locales?: Locale[]
}

/** `@id`, `url`, `inLanguage` and the links between the languages of one page. */
function pageNode({ locale, path, textLanguage, locales = localeCodes }: Page) {
  const url = pageUrl(locale, path)
  return {
    '@id': url,
    url,
    inLanguage: textLanguage,
    ...(locale === defaultLocale
      ? {
          workTranslation: locales
            .filter((l) => l !== defaultLocale)
            .map((l) => ({ '@id': pageUrl(l, path) })),
        }
      : { translationOfWork: { '@id': pageUrl(defaultLocale, path) } }),
  }
}

/** A date at the precision it is known to: 1994, 2012-01, 2014-02-13 (ISO 8601, as schema.org reads it). */
export const schemaDate = (iso: string | null | undefined, precision?: DatePrecision | null) =>
  iso ? preciseDateAttr(iso, precision) : undefined

export type PublisherInfo = { name: string; locale: Locale }

const publisherOf = ({ name, locale }: PublisherInfo) => ({
  '@type': 'Organization' as const,
  name,
  url: pageUrl(locale, ''),
})

/** Drops the keys whose value is undefined, null or '': schema.org wants absent, not empty. */
function compact<T extends object>(node: T): T {
  return Object.fromEntries(
    Object.entries(node).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T
}

export function webSiteLd(
  site: PublisherInfo & { description?: string | null },
): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    ...pageNode({ locale: site.locale, path: '', textLanguage: site.locale }),
    ...compact({ name: site.name, description: site.description ?? undefined }),
    publisher: publisherOf(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${pageUrl(site.locale, '/search')}?q={search_term_string}`,
      },
      // schema-dts has no name for Google's `query-input` property, which SearchAction needs.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  }
}

export function articleLd(
  page: Page,
  article: {
    headline: string
    description?: string | null
    datePublished?: string | null
    dateModified?: string | null
    image?: string | null
    publisher: PublisherInfo
  },
): WithContext<Article> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    ...pageNode(page),
    mainEntityOfPage: pageUrl(page.locale, page.path),
    ...compact({
      headline: article.headline,
      description: article.description ?? undefined,
      datePublished: article.datePublished ?? undefined,
      dateModified: article.dateModified ?? undefined,
      image: article.image ? absoluteUrl(article.image) : undefined,
    }),
    publisher: publisherOf(article.publisher),
  }
}

export function legislationLd(
  page: Page,
  act: {
    name: string
    description?: string | null
    date?: string | null
    datePrecision?: DatePrecision | null
    passedBy?: string | null
    /** The jurisdiction's name, and whether it is a place (a country, a region) or an organisation. */
    jurisdiction: { name: string; place: boolean }
    identifier?: string | null
    type: string
    file?: { url: string; mimeType?: string | null } | null
  },
): WithContext<Legislation> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    ...pageNode(page),
    ...compact({
      name: act.name,
      description: act.description ?? undefined,
      legislationDate: schemaDate(act.date, act.datePrecision),
      legislationIdentifier: act.identifier ?? undefined,
      legislationType: act.type,
    }),
    ...(act.passedBy && {
      legislationPassedBy: { '@type': 'Organization', name: act.passedBy },
    }),
    // An organisation's acts bind no territory: its name, not an AdministrativeArea.
    legislationJurisdiction: act.jurisdiction.place
      ? { '@type': 'AdministrativeArea', name: act.jurisdiction.name }
      : act.jurisdiction.name,
    ...(act.file && {
      encoding: {
        '@type': 'MediaObject',
        contentUrl: absoluteUrl(act.file.url),
        ...compact({ encodingFormat: act.file.mimeType ?? undefined }),
      },
    }),
  }
}

export function landmarkLd(
  page: Page,
  monument: {
    name: string
    description?: string | null
    locality?: string | null
    country?: string | null
    lat?: number | null
    lng?: number | null
    image?: string | null
  },
): WithContext<LandmarksOrHistoricalBuildings> {
  return {
    '@context': 'https://schema.org',
    '@type': 'LandmarksOrHistoricalBuildings',
    ...pageNode(page),
    ...compact({
      name: monument.name,
      description: monument.description ?? undefined,
      image: monument.image ? absoluteUrl(monument.image) : undefined,
    }),
    ...(typeof monument.lat === 'number' &&
      typeof monument.lng === 'number' && {
        geo: { '@type': 'GeoCoordinates', latitude: monument.lat, longitude: monument.lng },
      }),
    address: {
      '@type': 'PostalAddress',
      ...compact({
        addressLocality: monument.locality ?? undefined,
        addressCountry: monument.country ?? undefined,
      }),
    },
  }
}

/** Only what the person's record shows visitors: the caller passes what the page itself shows. */
export function personLd(
  page: Page,
  person: {
    name: string
    alternateName?: string[]
    birthDate?: string | null
    birthDatePrecision?: DatePrecision | null
    birthPlace?: string | null
    description?: string | null
    image?: string | null
  },
): WithContext<Person> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    ...pageNode(page),
    ...compact({
      name: person.name,
      alternateName: person.alternateName?.length ? person.alternateName : undefined,
      birthDate: schemaDate(person.birthDate, person.birthDatePrecision),
      description: person.description ?? undefined,
      image: person.image ? absoluteUrl(person.image) : undefined,
    }),
    ...(person.birthPlace && { birthPlace: { '@type': 'Place', name: person.birthPlace } }),
  }
}

export type EventInput = {
  name: string
  /** The language of `name` and `description`: az where the event is not translated. */
  lang: Locale
  description?: string | null
  date: string
  datePrecision?: DatePrecision | null
  url: string
}

/** The events of one page of the chronology, each with the permanent link that finds it. */
export function eventsLd(events: EventInput[]): WithContext<Thing> & { '@graph': Event[] } {
  return {
    '@context': 'https://schema.org',
    '@graph': events.map((event) => ({
      '@type': 'Event',
      '@id': absoluteUrl(event.url),
      url: absoluteUrl(event.url),
      inLanguage: event.lang,
      ...compact({
        name: event.name,
        description: event.description ?? undefined,
        startDate: schemaDate(event.date, event.datePrecision),
      }),
    })),
  } as WithContext<Thing> & { '@graph': Event[] }
}

/** Home › section › this page, each with its address in this locale. */
export function breadcrumbLd(
  locale: Locale,
  trail: { name: string; path: string }[],
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: pageUrl(locale, crumb.path),
    })),
  }
}
