'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { adminLanguage } from '@/i18n/adminMessage'

type ReportRow = {
  row: number
  action: 'create' | 'update' | 'refuse'
  id: number | string | null
  fullName: string
  reasons: string[]
  adminUrl: string | null
  duplicateOf: { id: number | string | null; row: number | null; adminUrl: string | null }[]
}
type Report = {
  dryRun: boolean
  written: boolean
  message?: string
  counts: { create: number; update: number; refuse: number }
  rows: ReportRow[]
  created?: (number | string)[]
  updated?: (number | string)[]
}
type State =
  | { phase: 'idle' }
  | { phase: 'checking' | 'importing'; report?: Report }
  | { phase: 'checked' | 'done'; report: Report }
  | { phase: 'error'; message: string; report?: Report }

const text = {
  file: { az: 'CSV faylı', en: 'CSV file', ru: 'CSV-файл' },
  checking: { az: 'Yoxlanılır…', en: 'Checking…', ru: 'Проверка…' },
  importing: {
    az: 'İdxal edilir: hamısı və ya heç nə…',
    en: 'Importing: all or nothing…',
    ru: 'Импорт: всё или ничего…',
  },
  counts: {
    az: (c: Report['counts']) =>
      `Yaradılacaq: ${c.create}, yenilənəcək: ${c.update}, rədd edilən: ${c.refuse}.`,
    en: (c: Report['counts']) =>
      `To create: ${c.create}, to update: ${c.update}, refused: ${c.refuse}.`,
    ru: (c: Report['counts']) =>
      `Будет создано: ${c.create}, обновлено: ${c.update}, отклонено: ${c.refuse}.`,
  },
  refusedNote: {
    az: 'Rədd edilən sətir olduqca heç nə yazılmayacaq: faylı düzəldin və yenidən seçin.',
    en: 'While any row is refused nothing will be written: fix the file and choose it again.',
    ru: 'Пока есть отклонённые строки, ничего не будет записано: исправьте файл и выберите его снова.',
  },
  confirm: {
    az: (n: number) => `${n} sətri idxal et`,
    en: (n: number) => `Import ${n} rows`,
    ru: (n: number) => `Импортировать строк: ${n}`,
  },
  done: {
    az: (c: number, u: number) => `Hazırdır: ${c} yaradıldı, ${u} yeniləndi.`,
    en: (c: number, u: number) => `Done: ${c} created, ${u} updated.`,
    ru: (c: number, u: number) => `Готово: создано ${c}, обновлено ${u}.`,
  },
  tooLarge: {
    az: (max: number) => `Fayl çox böyükdür: ən çox ${max} bayt.`,
    en: (max: number) => `The file is too large: the limit is ${max} bytes.`,
    ru: (max: number) => `Файл слишком большой: не более ${max} байт.`,
  },
  notCsv: {
    az: 'CSV faylı seçin (.csv).',
    en: 'Choose a CSV file (.csv).',
    ru: 'Выберите CSV-файл (.csv).',
  },
  failed: {
    az: 'Alınmadı; heç nə yazılmadı.',
    en: 'It failed; nothing was written.',
    ru: 'Не удалось; ничего не записано.',
  },
  row: { az: 'Sətir', en: 'Row', ru: 'Строка' },
  action: { az: 'Nə ediləcək', en: 'Action', ru: 'Действие' },
  name: { az: 'Ad', en: 'Name', ru: 'Имя' },
  why: { az: 'Səbəb', en: 'Why', ru: 'Причина' },
  actions: {
    create: { az: 'yaradılır', en: 'create', ru: 'создать' },
    update: { az: 'yenilənir', en: 'update', ru: 'обновить' },
    refuse: { az: 'rədd edilir', en: 'refused', ru: 'отклонено' },
  },
  export: {
    az: 'Bütün insanları CSV kimi yüklə',
    en: 'Download all people as CSV',
    ru: 'Скачать всех людей в CSV',
  },
}

const colours = { create: '#2e7d32', update: '#1565c0', refuse: '#c62828' }

/**
 * The CSV import: the file is checked first (a dry run, nothing written) and the report shown row
 * by row; the import itself is one request that writes all rows or none, so while it runs the
 * progress is indeterminate, and its answer gives the counts.
 */
export function PeopleImport({ api, maxBytes }: { api: string; maxBytes: number }) {
  const language = adminLanguage(useTranslation().i18n.language)
  const [csv, setCsv] = useState<string | null>(null)
  const [state, setState] = useState<State>({ phase: 'idle' })

  const send = async (body: string, dryRun: boolean): Promise<State> => {
    try {
      const response = await fetch(`${api}/people/import${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'text/csv', 'Accept-Language': language },
        body,
      })
      const json = (await response.json().catch(() => null)) as
        (Report & { errors?: { message: string }[] }) | null
      if (json?.rows && (response.ok || response.status === 422))
        return response.ok
          ? { phase: dryRun ? 'checked' : 'done', report: json }
          : { phase: 'error', message: json.message ?? text.failed[language], report: json }
      return { phase: 'error', message: json?.errors?.[0]?.message ?? text.failed[language] }
    } catch {
      return { phase: 'error', message: text.failed[language] }
    }
  }

  const choose = async (file: File | undefined) => {
    setCsv(null)
    if (!file) return setState({ phase: 'idle' })
    if (!/\.csv$/i.test(file.name))
      return setState({ phase: 'error', message: text.notCsv[language] })
    if (file.size > maxBytes)
      return setState({ phase: 'error', message: text.tooLarge[language](maxBytes) })
    const body = await file.text()
    setState({ phase: 'checking' })
    const checked = await send(body, true)
    setCsv(body)
    setState(checked)
  }

  const confirm = async () => {
    if (!csv || state.phase !== 'checked') return
    setState({ phase: 'importing', report: state.report })
    setState(await send(csv, false))
    setCsv(null)
  }

  const report = 'report' in state ? state.report : undefined
  const writable =
    state.phase === 'checked' &&
    state.report.counts.refuse === 0 &&
    state.report.counts.create + state.report.counts.update > 0

  return (
    <div className="people-import">
      <p>
        <a href={`${api}/people/export`} download>
          {text.export[language]}
        </a>
      </p>
      <label>
        {text.file[language]}{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          disabled={state.phase === 'checking' || state.phase === 'importing'}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </label>
      {(state.phase === 'checking' || state.phase === 'importing') && (
        <p role="status">
          <progress style={{ verticalAlign: 'middle' }} />{' '}
          {text[state.phase === 'checking' ? 'checking' : 'importing'][language]}
        </p>
      )}
      {state.phase === 'error' && (
        <p role="alert" style={{ color: colours.refuse }}>
          {state.message}
        </p>
      )}
      {state.phase === 'done' && (
        <p role="status">
          {text.done[language](
            state.report.created?.length ?? 0,
            state.report.updated?.length ?? 0,
          )}
        </p>
      )}
      {report && state.phase !== 'done' && (
        <>
          <p>{text.counts[language](report.counts)}</p>
          {report.counts.refuse > 0 && <p>{text.refusedNote[language]}</p>}
          {writable && (
            <Button onClick={() => void confirm()}>
              {text.confirm[language](report.counts.create + report.counts.update)}
            </Button>
          )}
          <table
            className="people-import__report"
            style={{ width: '100%', borderCollapse: 'collapse' }}
          >
            <thead>
              <tr>
                <th style={{ textAlign: 'left' }}>{text.row[language]}</th>
                <th style={{ textAlign: 'left' }}>{text.action[language]}</th>
                <th style={{ textAlign: 'left' }}>{text.name[language]}</th>
                <th style={{ textAlign: 'left' }}>{text.why[language]}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr
                  key={row.row}
                  data-action={row.action}
                  style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
                >
                  <td>{row.row}</td>
                  <td style={{ color: colours[row.action] }}>
                    {text.actions[row.action][language]}
                  </td>
                  <td lang="az">
                    {row.adminUrl ? <a href={row.adminUrl}>{row.fullName}</a> : row.fullName}
                  </td>
                  <td>
                    {row.reasons.join(' ')}
                    {row.duplicateOf
                      .filter((d) => d.adminUrl)
                      .map((d) => (
                        <span key={String(d.id)}>
                          {' '}
                          <a href={d.adminUrl!} target="_blank" rel="noopener">
                            #{d.id}
                          </a>
                        </span>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  )
}
