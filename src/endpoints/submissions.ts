import type { Endpoint, PayloadRequest } from 'payload'

import { answerSend, answerSenderAction } from '@/lib/submissions/http'

/** Payload's request is the Fetch API request it was made from, extended. */
const asRequest = (req: PayloadRequest) => req as unknown as Request

/**
 * The public's submissions through the API (docs/api.md): `POST /api/submissions/send` for scripts
 * (JSON in and out), and `/confirm` and `/withdraw`, which the buttons of the pages a mailed link
 * opens post to. The site's own form posts to `/{locale}/remember/send`, which answers with pages.
 */
export const submissionEndpoints: Endpoint[] = [
  { path: '/send', method: 'post', handler: (req) => answerSend(asRequest(req), req.payload) },
  ...(['confirm', 'withdraw'] as const).map((action): Endpoint => ({
    path: `/${action}`,
    method: 'post',
    handler: (req) => answerSenderAction(action, asRequest(req), req.payload),
  })),
]
