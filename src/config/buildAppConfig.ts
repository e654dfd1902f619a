import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import {
  buildConfig,
  Forbidden,
  type CollectionBeforeDeleteHook,
  type Field,
  type SanitizedConfig,
} from 'payload'
import sharp from 'sharp'

import { hasRole } from '@/access/hasRole'
import { userHasRole } from '@/lib/auth/roles'
import { Articles } from '@/collections/Articles'
import { createMedia } from '@/collections/Media'
import { DEFAULT_MAX_UPLOAD_BYTES } from '@/collections/Media/mimeTypes'
import { Monuments } from '@/collections/Monuments'
import { Pages } from '@/collections/Pages'
import { People } from '@/collections/People'
import { Recognitions } from '@/collections/Recognitions'
import { Resolutions } from '@/collections/Resolutions'
import { SearchEntries } from '@/collections/SearchEntries'
import { createSubmissionFiles } from '@/collections/SubmissionFiles'
import { Submissions } from '@/collections/Submissions'
import { Testimonies } from '@/collections/Testimonies'
import { TimelineEvents } from '@/collections/TimelineEvents'
import { Tags } from '@/collections/Tags'
import { TranslationMemory } from '@/collections/TranslationMemory'
import { Glossary } from '@/collections/Glossary'
import { TranslationJobs } from '@/collections/TranslationJobs'
import { Users } from '@/collections/Users'
import { openDataEndpoint } from '@/endpoints/openData'
import { oaiEndpoints } from '@/endpoints/oai'
import { iiifImageEndpoints, iiifManifestEndpoint } from '@/endpoints/iiif'
import { JOB_STATS_GLOBAL } from '@/lib/jobs/jobStats'
import { oaiSettings } from '@/lib/oai/settings'
import { DeletedRecords } from '@/collections/DeletedRecords'
import { searchEndpoint } from '@/endpoints/search'
import { xliffImportEndpoint } from '@/endpoints/xliff'
import { Facts } from '@/globals/Facts'
import { Home } from '@/globals/Home'
import { Navigation } from '@/globals/Navigation'
import { Site } from '@/globals/Site'
import { defaultLocale, locales } from '@/i18n/locales'
import { graphqlDepthLimit, graphqlPageLimit } from '@/lib/api/graphqlLimits'
import { contentCollections } from '@/lib/content/collections'
import { withAdminLabels } from '@/fields/withAdminLabels'
import { withLengthLimits } from '@/fields/withLengthLimits'
import { adminDateFormats } from '@/i18n/adminLabels'
import { guardApiRequest, MAX_DEPTH, withApiGuard } from '@/lib/api/guardApiRequest'
import { jsonParamError } from '@/lib/api/jsonParamError'
import { malformedBodyError } from '@/lib/api/malformedBodyError'
import { emailAdapter } from '@/lib/email/emailAdapter'
import { resolveDatabase, sqliteFilePath } from '@/lib/env/database'
import { resolveSecret } from '@/lib/env/secret'
import { shouldAutoRunJobs } from '@/lib/jobs/jobsLeader'
import { logFailedRequest, loggerConfig } from '@/lib/observability/logger'
import { onInit } from '@/config/onInit'
import { mediaStorage } from '@/lib/storage/mediaStorage'
import { derivedFiles } from '@/lib/storage/derivedFiles'
import { MEDIA_QUEUE, processMediaTask } from '@/lib/documents/processMedia'
import { MEMORY_QUEUE, rememberTranslationsTask } from '@/lib/translation/memoryTask'
import { ocrCommand } from '@/lib/documents/ocr'
import { submissionSettings } from '@/lib/submissions/receive'
import { retentionTask } from '@/lib/submissions/retentionTask'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

export type AppEnv = Partial<Record<string, string>>

type Options = {
  /** Project root: the data folder and relative `file:` URLs are resolved against it. */
  root: string
}

/**
 * The whole Payload config as a function of the environment, so tests build it for a fresh
 * database file without touching process.env.
 */
/**
 * A collection or global as the admin shows it: its fields named in az, en and ru
 * (src/i18n/adminLabels.ts) and their length limits counted as the user types.
 */
const adminFieldsOf = <T extends { fields: Field[] }>(entity: T): T => ({
  ...entity,
  fields: withLengthLimits(withAdminLabels(entity.fields)),
})

export function buildAppConfig(env: AppEnv, { root }: Options): Promise<SanitizedConfig> {
  const dataDir = path.resolve(root, 'data')
  const database = resolveDatabase(env.DATABASE_URI, root)

  const db =
    database.kind === 'mongodb'
      ? mongooseAdapter({
          url: database.url,
          migrationDir: path.resolve(root, 'src/migrations/mongodb'),
        })
      : sqliteAdapter({
          client: { url: database.url },
          // The schema comes only from committed migrations: dev-mode push asks questions on the
          // terminal and exits 0 when nobody answers, which would end CI silently green.
          push: false,
          migrationDir: path.resolve(root, 'src/migrations/sqlite'),
          prodMigrations: sqliteMigrations,
          wal: true,
          busyTimeout: 10_000,
        })

  if (database.kind === 'sqlite')
    fs.mkdirSync(path.dirname(sqliteFilePath(database.url)), { recursive: true })

  const mediaDir = env.MEDIA_DIR ? path.resolve(root, env.MEDIA_DIR) : path.resolve(root, 'media')
  const maxUploadBytes = Number(env.MEDIA_MAX_BYTES) || DEFAULT_MAX_UPLOAD_BYTES

  return buildConfig({
    admin: {
      user: Users.slug,
      // Payload's default, Gravatar, would send a hash of every editor's email to a third party
      // (and the admin's Content-Security-Policy refuses images from other origins anyway).
      avatar: 'default',
      importMap: { baseDir: path.resolve(root, 'src') },
      meta: { titleSuffix: ' · Khojaly Memorial' },
      dateFormat: adminDateFormats.dayAndTime,
      components: {
        beforeLogin: ['@/components/admin/LoginHeading#LoginHeading'],
        afterNavLinks: ['@/components/admin/TranslationsNavLink#TranslationsNavLink'],
        // The signed-in user's open translation jobs (docs/translation.md).
        beforeDashboard: ['@/components/admin/MyJobs#MyJobs'],
        views: {
          translations: {
            Component: '@/components/admin/TranslationsView#TranslationsView',
            path: '/translations',
            exact: true,
          },
          peopleImport: {
            Component: '@/components/admin/PeopleImportView#PeopleImportView',
            path: '/people-import',
            exact: true,
          },
        },
      },
    },
    collections: [
      Articles,
      Monuments,
      Resolutions,
      Recognitions,
      TimelineEvents,
      Pages,
      People,
      Tags,
      createMedia({ staticDir: mediaDir }),
      Testimonies,
      Submissions,
      createSubmissionFiles({
        staticDir: path.resolve(root, env.SUBMISSIONS_DIR || 'data/submission-files'),
      }),
      Users,
      SearchEntries,
      DeletedRecords,
      TranslationMemory,
      Glossary,
      TranslationJobs,
    ]
      .map(adminFieldsOf)
      .map(withApiGuard),
    globals: [Home, Facts, Site, Navigation].map(adminFieldsOf).map(withApiGuard),
    custom: {
      submissions: submissionSettings(env),
      oai: oaiSettings(env),
      media: { files: derivedFiles(env, mediaDir), ocrCommand: ocrCommand(env) },
    },
    db,
    email: emailAdapter(env),
    endpoints: [
      xliffImportEndpoint,
      searchEndpoint,
      openDataEndpoint,
      ...oaiEndpoints,
      iiifManifestEndpoint,
      ...iiifImageEndpoints,
    ],
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => [
        ...defaultFeatures.filter((f) => !['link', 'checklist', 'inlineCode'].includes(f.key)),
        LinkFeature({
          enabledCollections: [...contentCollections],
        }),
      ],
    }),
    jobs: {
      // Payload lets any signed-in user queue, run and cancel jobs. Scheduling a publish is an
      // editor's decision (docs/architecture.md, "Roles"), and running the queue by hand is an operator's.
      access: {
        queue: ({ req }) => userHasRole(req.user, 'admin', 'editor'),
        cancel: ({ req }) => userHasRole(req.user, 'admin', 'editor'),
        run: ({ req }) => userHasRole(req.user, 'admin'),
      },
      // Runs scheduled publish and unpublish inside the app, in development and production alike.
      autoRun: [
        { cron: env.JOBS_CRON || '* * * * *', queue: 'default', limit: 50 },
        // Reading uploaded files (PDF text, OCR, IIIF tiles): a few at a time, beside the site.
        { cron: env.JOBS_CRON || '* * * * *', queue: MEDIA_QUEUE, limit: 2 },
        // Recording published translations in translation memory (docs/translation.md).
        { cron: env.JOBS_CRON || '* * * * *', queue: MEMORY_QUEUE, limit: 20 },
      ],
      // Deletes expired submissions and erases addresses no longer needed (docs/privacy.md); reads
      // uploaded files (docs/api.md, "Full text of documents").
      tasks: [retentionTask(env), processMediaTask(), rememberTranslationsTask()],
      // One runner across instances (JOBS_AUTORUN, or a Redis lease with REDIS_URL): docs/scaling.md.
      shouldAutoRun: shouldAutoRunJobs(env),
      // The collection keeps Payload's access: nobody reads, writes or deletes a job through the API
      // (a job runs as the user its input names). Cancelling from the admin: guardScheduleCancels.
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...defaultJobsCollection,
        admin: {
          ...defaultJobsCollection.admin,
          hidden: false,
          group: { az: 'Sistem', en: 'System', ru: 'Система' },
        },
      }),
    },
    upload: { limits: { fileSize: maxUploadBytes } },
    // Public API limits (docs/api.md): depth clamped, GraphQL complexity and nesting bounded, and
    // withApiGuard's 400s for bad REST parameters.
    maxDepth: MAX_DEPTH,
    hooks: { afterError: [jsonParamError, malformedBodyError, logFailedRequest] },
    logger: loggerConfig(env),
    plugins: [mediaStorage(env)],
    graphQL: {
      disablePlaygroundInProduction: true,
      maxComplexity: 1000,
      validationRules: ({ variableValues }) => [
        graphqlDepthLimit(),
        graphqlPageLimit(variableValues),
      ],
    },
    i18n: {
      supportedLanguages: { az, en, ru },
      fallbackLanguage: 'az',
    },
    localization: {
      locales: locales.map(({ code, label }) => ({ code, label })),
      defaultLocale,
      fallback: true,
      // The admin's main button publishes the locale being edited; "all locales" is in its menu.
      defaultLocalePublishOption: 'active',
    },
    // Each locale has its own published state (docs/translation.md, "Publishing per locale").
    experimental: { localizeStatus: true },
    onInit,
    secret: resolveSecret(env, dataDir),
    serverURL: env.SERVER_URL || undefined,
    sharp,
    telemetry: false,
    typescript: { outputFile: path.resolve(root, 'src/payload-types.ts') },
  })
    .then(guardScheduleCancels)
    .then(guardPayloadsOwnCollections)
    .then(guardJobStats)
}

const onlyEditorsCancel: CollectionBeforeDeleteHook = ({ req }) => {
  // Server code without a user (Payload's own clean-up) may delete jobs.
  if (req.user && !userHasRole(req.user, 'admin', 'editor')) throw new Forbidden(req.t)
}

/**
 * Scheduling is an editor's decision, and the admin's schedule dialog cancels a publish through a
 * server function that checks only that the user may open the admin, then deletes the job with
 * access control off: the collection's access never sees it, a translator could cancel an editor's
 * publication. Every `payload.delete` runs the collection's beforeDelete hooks, whatever
 * `overrideAccess` and `jobs.runHooks` say (that option only routes the job runner's own writes,
 * which go straight to the database, through the Local API).
 *
 * The hook is added to the sanitized collection, not through `jobsCollectionOverrides`: there Payload
 * 3 warns on every config build that hooks will not run without `jobs.runHooks`, an option that is
 * deprecated (gone in Payload 4), slows every job write and makes `payload.jobs.queue` check the
 * collection's `create` access (nobody) on top of `jobs.access.queue`.
 */
function guardScheduleCancels(config: SanitizedConfig): SanitizedConfig {
  const jobs = config.collections.find((collection) => collection.slug === 'payload-jobs')
  if (!jobs)
    throw new Error(
      'Payload has no payload-jobs collection: scheduled publishing needs it, and its cancel guard has nowhere to go',
    )
  jobs.hooks.beforeDelete = [...jobs.hooks.beforeDelete, onlyEditorsCancel]
  return config
}

/**
 * Payload's own collections (preferences, locks, migrations, jobs, the key-value store) answer REST
 * too, and are added by Payload after our list: the same request guard goes on them here, or a
 * malformed `where` there (a geo operator on `id`) answers 500 where ours answer 400.
 */
function guardPayloadsOwnCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections)
    if (!(collection.hooks.beforeOperation as unknown[]).includes(guardApiRequest))
      Object.assign(collection, withApiGuard(collection))
  return config
}

/**
 * Payload adds a global that records when each scheduled task (submissions retention) last ran,
 * with its default access: any signed-in user could read it and rewrite the schedule. The job
 * runner writes it with access control off; through the API only admins read it, nobody writes it.
 */
function guardJobStats(config: SanitizedConfig): SanitizedConfig {
  const stats = config.globals.find((global) => global.slug === JOB_STATS_GLOBAL)
  if (stats) stats.access = { ...stats.access, read: hasRole('admin'), update: () => false }
  return config
}
