/**
 * A page number as written in a path (`/timeline/page/2`) or a query string (`?page=2`): a positive
 * integer without sign, leading zeros, fraction or exponent, at most 99 999; null otherwise. One rule
 * for every list, so `?page=2.5` or `?page=0x10` never reaches a query as an offset.
 */
export const pageNumber = (value: string | undefined): number | null =>
  value !== undefined && /^[1-9]\d{0,4}$/.test(value) ? Number(value) : null
