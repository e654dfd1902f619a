/** A value computed on first use and kept for the life of the process (geography never changes at run time). */
export function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}
