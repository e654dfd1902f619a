import { APIError } from 'payload'

/** A JSON error in Payload's own shape, `{ "errors": [{ "message": … }] }`, for custom endpoints. */
export const apiErrorResponse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * A 400 thrown from inside an operation (hooks): Payload answers it with the message and status,
 * on REST and GraphQL alike.
 */
export const badRequest = (message: string) => new APIError(message, 400, null, true)
