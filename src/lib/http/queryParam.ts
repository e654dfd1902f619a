/** One value of a page's query string (Next gives repeated keys as arrays): the first, and an empty one as none. */
export const queryParam = (value: string | string[] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value) || undefined
