import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

type Env = Partial<Record<string, string>>

export const DEFAULT_FROM_NAME = 'Khojaly Memorial Archive'

/**
 * Development without SMTP: each message, text and links included, goes to the log, so that a
 * developer can follow a link a visitor would receive (confirming a submission).
 */
const logAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: 'archive@localhost',
  defaultFromName: DEFAULT_FROM_NAME,
  sendEmail: async (message) => {
    payload.logger.info({
      msg: 'Mail not sent (SMTP_HOST is unset); its text follows',
      to: message.to,
      subject: message.subject,
      text: message.text,
    })
  },
})

/**
 * Mail through SMTP when SMTP_HOST is set (docs/deploy.md). Without it, development writes each
 * message to the log; production leaves it to Payload, which logs only that a mail was not sent
 * (never its text: the links in it are secrets). The transport is not verified at start: a mail
 * server that is down must not stop the archive from serving, and a failed send is reported where
 * it happens.
 */
export function emailAdapter(env: Env): EmailAdapter | Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return env.NODE_ENV === 'production' ? undefined : logAdapter
  const secure = env.SMTP_SECURE === 'true'
  const port = Number(env.SMTP_PORT) || (secure ? 465 : 587)
  return nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM || `archive@${env.SMTP_HOST}`,
    defaultFromName: env.MAIL_FROM_NAME || DEFAULT_FROM_NAME,
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      secure,
      // Without a user the server is one that accepts mail from this host unauthenticated (a local relay).
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      // STARTTLS must succeed when the server offers it, unless explicitly relaxed for a local relay.
      ignoreTLS: env.SMTP_IGNORE_TLS === 'true',
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    },
  })
}
