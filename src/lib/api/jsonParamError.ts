import type { AfterErrorHook } from 'payload'

/**
 * Payload JSON-parses a string `where` (or `data`) query parameter before any hook runs, and a
 * SyntaxError there becomes a 500. That is the client's mistake, so it answers 400 and says so.
 * Every other error keeps Payload's own status.
 */
export const jsonParamError: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof SyntaxError) || req.payloadAPI !== 'REST') return
  // A bracketed where[…] is parsed into an object by qs; only a plain `where=…` string is JSON-parsed.
  const param = ['where', 'data'].find((name) => typeof req.query?.[name] === 'string')
  if (!param) return
  return {
    status: 400,
    response: {
      errors: [
        {
          message: `"${param}" is not valid JSON; send an object (where={"title":{"equals":"…"}}) or bracket parameters (where[title][equals]=…).`,
        },
      ],
    },
  }
}
