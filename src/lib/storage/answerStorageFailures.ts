import { APIError, type CollectionAfterChangeHook, type Plugin } from 'payload'

import { adminMessage } from '@/i18n/adminMessage'

/** What went wrong, short enough for an editor to pass on: the S3 error code or the network error. */
const failureCode = (error: unknown): string => {
  const { code, Code, name } = (error ?? {}) as { code?: unknown; Code?: unknown; name?: unknown }
  return String(code ?? Code ?? name ?? 'unknown')
}

/**
 * The cloud-storage plugin puts files in the bucket in an afterChange hook, after the document is
 * written, and rethrows whatever the S3 client threw. Two things go wrong with that when the bucket
 * is missing or the server is down: the uploader gets a bare 500 "Something went wrong.", and on
 * SQLite (no transactions) the media document stays behind pointing at a file that does not exist.
 * This hook wrapper removes a document it just created (its afterDelete hook also removes any
 * objects that did land) and answers 502 with the storage error's code, in the editor's language.
 */
const answerStorageFailure =
  (hook: CollectionAfterChangeHook): CollectionAfterChangeHook =>
  async (args) => {
    try {
      return await hook(args)
    } catch (error) {
      const { collection, doc, operation, req } = args
      if (operation === 'create') {
        try {
          // Cleanup of the operation's own half-made document, not an action for the user: no access check.
          await req.payload.delete({
            collection: collection.slug,
            id: doc.id,
            req,
            overrideAccess: true,
            context: { disableRevalidate: true },
          })
        } catch (cleanupError) {
          req.payload.logger.error({
            err: cleanupError,
            msg: `Could not remove ${collection.slug} ${doc.id} after its file failed to reach storage`,
          })
        }
      }
      const code = failureCode(error)
      throw new APIError(
        adminMessage(req, {
          az: `Fayl media yaddaşına yazıla bilmədi (${code}); heç nə saxlanmadı. Bir az sonra yenidən cəhd edin və ya sayt administratoruna bildirin.`,
          en: `The file could not be written to media storage (${code}); nothing was saved. Try again later or tell the site administrator.`,
          ru: `Не удалось записать файл в хранилище медиа (${code}); ничего не сохранено. Повторите попытку позже или сообщите администратору сайта.`,
        }),
        502,
      )
    }
  }

/**
 * Applies a storage plugin and wraps the afterChange hooks it added to the collection (told apart
 * from the collection's own hooks by identity) with `answerStorageFailure`.
 */
export const answerStorageFailures =
  (plugin: Plugin, slug: string): Plugin =>
  async (incoming) => {
    const own = new Set(
      incoming.collections?.find((collection) => collection.slug === slug)?.hooks?.afterChange ??
        [],
    )
    const config = await plugin(incoming)
    return {
      ...config,
      collections: config.collections?.map((collection) =>
        collection.slug !== slug
          ? collection
          : {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterChange: collection.hooks?.afterChange?.map((hook) =>
                  own.has(hook) ? hook : answerStorageFailure(hook),
                ),
              },
            },
      ),
    }
  }
