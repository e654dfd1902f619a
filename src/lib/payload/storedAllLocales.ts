import type { PayloadRequest } from 'payload'

/** The latest stored version (draft included) in every locale, read inside the write's transaction. */
export async function storedAllLocales(
  req: PayloadRequest,
  collection: string,
  id: number | string,
) {
  // The Local API sets req.locale from its `locale` argument: keep the write's own locale.
  const { locale, fallbackLocale } = req
  try {
    return await req.payload.findByID({
      collection: collection as 'articles',
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
