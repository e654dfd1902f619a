import { ValidationError } from 'payload'

/** The per-field messages of a refused write, so tests can assert what the editor is told. */
export async function validationMessages(write: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await write
  } catch (error) {
    if (error instanceof ValidationError) {
      return Object.fromEntries(error.data.errors.map((e) => [e.path, e.message]))
    }
    throw error
  }
  throw new Error('expected the write to be refused with a ValidationError, but it succeeded')
}
