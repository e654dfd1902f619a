import type { Endpoint } from 'payload'

import { isStaff } from '@/access/hasRole'
import { adminMessage } from '@/i18n/adminMessage'
import { apiErrorResponse } from '@/lib/api/apiError'
import { parseCalendarDate } from '@/lib/format/preciseDate'
import { birthYearOf, duplicateKey, duplicateWhere, matchOf } from '@/lib/people/duplicates'

const MAX_NAME = 120
const idPattern = /^[A-Za-z0-9]{1,64}$/

/** A birth date as the admin form holds it (an ISO date-time) or as typed (YYYY, YYYY-MM, YYYY-MM-DD). */
function yearOf(born: string): number | null | undefined {
  if (born === '') return null
  const precise = parseCalendarDate(born)
  if (precise) return birthYearOf(precise.date)
  return /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(born) ? (birthYearOf(born) ?? undefined) : undefined
}

/**
 * `GET /api/people/duplicates?familyName=&givenName=&born=&id=` (staff): the other records, drafts
 * too, that the duplicate rule (src/lib/people/duplicates.ts) finds for a name and birth date, for
 * the warning in the edit view. Staff only: the answer holds birth years, which are personal.
 */
export const peopleDuplicatesEndpoint: Endpoint = {
  path: '/duplicates',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return apiErrorResponse(
        401,
        adminMessage(req, {
          az: 'Daxil olun.',
          en: 'Sign in first.',
          ru: 'Войдите в систему.',
        }),
      )
    if (!isStaff({ req }))
      return apiErrorResponse(
        403,
        adminMessage(req, {
          az: 'Yalnız əməkdaşlar üçün.',
          en: 'Staff only.',
          ru: 'Только для сотрудников.',
        }),
      )
    const param = (name: string) => {
      const value = req.searchParams?.get(name)
      return typeof value === 'string' ? value.trim() : ''
    }
    const [familyName, givenName, born, id] = ['familyName', 'givenName', 'born', 'id'].map(param)
    if (!familyName || familyName.length > MAX_NAME || givenName.length > MAX_NAME)
      return apiErrorResponse(
        400,
        adminMessage(req, {
          az: `"familyName" tələb olunur; ad və soyad ən çox ${MAX_NAME} simvoldur.`,
          en: `"familyName" is required; the family and given names take at most ${MAX_NAME} characters.`,
          ru: `Нужен параметр "familyName"; фамилия и имя — не длиннее ${MAX_NAME} символов.`,
        }),
      )
    const birthYear = yearOf(born)
    if (birthYear === undefined)
      return apiErrorResponse(
        400,
        adminMessage(req, {
          az: '"born" İİİİ, İİİİ-AA və ya İİİİ-AA-GG şəklində olmalıdır.',
          en: '"born" must be YYYY, YYYY-MM or YYYY-MM-DD.',
          ru: '"born" должен иметь вид ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.',
        }),
      )
    if (id && !idPattern.test(id))
      return apiErrorResponse(
        400,
        adminMessage(req, {
          az: '"id" sənədin identifikatoru olmalıdır.',
          en: '"id" must be a document id.',
          ru: '"id" должен быть идентификатором документа.',
        }),
      )
    const key = duplicateKey(familyName, givenName)
    if (!key) return Response.json({ key, birthYear, match: matchOf(birthYear), duplicates: [] })
    const { docs } = await req.payload.find({
      collection: 'people',
      where: duplicateWhere({ key, birthYear, excludeId: id || null }),
      draft: true,
      locale: 'az',
      depth: 0,
      limit: 20,
      sort: 'id',
      select: { fullName: true, birthYear: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    const admin = req.payload.config.routes.admin
    return Response.json({
      key,
      birthYear,
      match: matchOf(birthYear),
      duplicates: docs.map((doc) => ({
        id: doc.id,
        fullName: doc.fullName ?? null,
        birthYear: doc.birthYear ?? null,
        adminUrl: `${admin}/collections/people/${doc.id}`,
      })),
    })
  },
}
