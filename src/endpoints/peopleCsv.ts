import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { canEdit } from '@/access/hasRole'
import { adminLanguage, adminMessage } from '@/i18n/adminMessage'
import { apiErrorResponse } from '@/lib/api/apiError'
import { bodyLimits } from '@/lib/http/bodyLimit'
import { exportPeopleCsv } from '@/lib/people/exportCsv'
import { parsePeopleCsv } from '@/lib/people/importCsv'
import { applyImport, planImport, type ImportPlan } from '@/lib/people/importPeople'

/** What a browser or a script calls a CSV file (Windows names .csv after Excel). */
const csvTypes = /^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel)\s*(;|$)/i

/** The import and export are editors' and admins' work: 401 without a session, 403 for a translator. */
function refuseUnlessEditor(req: PayloadRequest): Response | null {
  if (!req.user)
    return apiErrorResponse(
      401,
      adminMessage(req, { az: 'Daxil olun.', en: 'Sign in first.', ru: 'Войдите в систему.' }),
    )
  if (!canEdit({ req }))
    return apiErrorResponse(
      403,
      adminMessage(req, {
        az: 'Yalnız redaktorlar və administratorlar üçün.',
        en: 'Editors and admins only.',
        ru: 'Только для редакторов и администраторов.',
      }),
    )
  return null
}

/** `GET /api/people/export` (editors, admins): every person as CSV, the import's format. */
export const peopleExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const { csv } = await exportPeopleCsv(req.payload, { user: req.user })
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="people-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

const report = (req: PayloadRequest, plan: ImportPlan) => {
  const lang = adminLanguage(req.i18n?.language)
  const admin = req.payload.config.routes.admin
  return {
    counts: plan.counts,
    rows: plan.rows.map((row) => ({
      row: row.row,
      action: row.action,
      id: row.id,
      fullName: row.fullName,
      reasons: row.reasons.map((reason) => reason[lang]),
      adminUrl: row.action === 'update' ? `${admin}/collections/people/${row.id}` : null,
      duplicateOf: row.duplicateOf.map((d) => ({
        ...d,
        adminUrl: d.id === null ? null : `${admin}/collections/people/${d.id}`,
      })),
    })),
  }
}

/**
 * `POST /api/people/import[?dryRun=1]` (editors, admins), body = the CSV file: the report of every
 * row (create, update or refuse, and why); without `dryRun`, and only when no row is refused, the
 * import itself, all or nothing, as the signed-in user.
 */
export const peopleImportEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const limit = bodyLimits().json
    const type = req.headers.get('content-type') ?? ''
    if (!csvTypes.test(type))
      return apiErrorResponse(
        415,
        adminMessage(req, {
          az: 'CSV faylı göndərin (text/csv).',
          en: 'Send a CSV file (text/csv).',
          ru: 'Отправьте CSV-файл (text/csv).',
        }),
      )
    const tooLarge = () =>
      apiErrorResponse(
        413,
        adminMessage(req, {
          az: `Fayl çox böyükdür: ən çox ${limit} bayt.`,
          en: `The file is too large: the limit is ${limit} bytes.`,
          ru: `Файл слишком большой: не более ${limit} байт.`,
        }),
      )
    if (Number(req.headers.get('content-length') ?? 0) > limit) return tooLarge()
    const text = req.text ? await req.text() : ''
    if (Buffer.byteLength(text) > limit) return tooLarge()
    if (text.includes('\u0000') || text.includes('\uFFFD'))
      return apiErrorResponse(
        415,
        adminMessage(req, {
          az: 'Fayl UTF-8 mətn deyil: CSV-ni UTF-8 kodlaşdırması ilə saxlayın.',
          en: 'The file is not UTF-8 text: save the CSV with UTF-8 encoding.',
          ru: 'Файл не является текстом UTF-8: сохраните CSV в кодировке UTF-8.',
        }),
      )
    const parsed = parsePeopleCsv(text)
    if (!parsed.ok) return apiErrorResponse(400, adminMessage(req, parsed.error))
    const plan = await planImport(req.payload, parsed.rows)
    const dryRun = ['1', 'true'].includes(req.searchParams?.get('dryRun') ?? '')
    if (dryRun) return Response.json({ dryRun: true, written: false, ...report(req, plan) })
    if (plan.counts.refuse > 0)
      return Response.json(
        {
          dryRun: false,
          written: false,
          message: adminMessage(req, {
            az: 'Heç nə yazılmadı: rədd edilən sətirləri düzəldin və yenidən idxal edin.',
            en: 'Nothing was written: fix the refused rows and import again.',
            ru: 'Ничего не записано: исправьте отклонённые строки и импортируйте снова.',
          }),
          ...report(req, plan),
        },
        { status: 422 },
      )
    let result: Awaited<ReturnType<typeof applyImport>>
    try {
      result = await applyImport(req.payload, plan, { user: req.user })
    } catch (error) {
      // A rule of the collection the file check does not know: undone, and said so.
      if (!(error instanceof ValidationError)) throw error
      const nothing = adminMessage(req, {
        az: 'Heç nə yazılmadı:',
        en: 'Nothing was written:',
        ru: 'Ничего не записано:',
      })
      return apiErrorResponse(400, `${nothing} ${error.message}`)
    }
    return Response.json({
      dryRun: false,
      written: true,
      created: result.created,
      updated: result.updated,
      ...report(req, plan),
    })
  },
}
