import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type TestSmtp = {
  port: number
  /** Every message received so far, parsed, oldest first. */
  messages: ParsedMail[]
  /** The first message to this address (received already or within the timeout) that matches. */
  waitFor: (
    to: string,
    match?: (mail: ParsedMail) => boolean,
    timeoutMs?: number,
  ) => Promise<ParsedMail>
  /** The environment that sends the app's mail here. */
  env: Record<string, string>
  close: () => Promise<void>
}

const recipients = (mail: ParsedMail) =>
  [mail.to]
    .flat()
    .flatMap((address) => address?.value ?? [])
    .map((value) => value.address?.toLowerCase())

/**
 * A real SMTP server on a free local port, as a mail relay the app would talk to: it accepts any
 * sender and recipient without authentication or TLS and keeps what it receives for the test.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  const waitFor: TestSmtp['waitFor'] = async (to, match = () => true, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = messages.find((m) => recipients(m).includes(to.toLowerCase()) && match(m))
      if (found) return found
      if (Date.now() > deadline) throw new Error(`No mail to ${to} within ${timeoutMs} ms`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return {
    port,
    messages,
    waitFor,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_IGNORE_TLS: 'true',
      MAIL_FROM: 'archive@khojaly.test',
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
