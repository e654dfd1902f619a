/** One CSV value per RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = Array.isArray(value) ? value.join('; ') : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A CSV document: a header row, then one row per record, CRLF line ends (RFC 4180). */
export function toCsv(columns: readonly string[], records: Record<string, unknown>[]): string {
  const lines = [
    columns.map(csvValue).join(','),
    ...records.map((r) => columns.map((c) => csvValue(r[c])).join(',')),
  ]
  return `${lines.join('\r\n')}\r\n`
}
