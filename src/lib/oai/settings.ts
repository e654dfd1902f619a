import { siteUrl } from '@/lib/routing/siteUrl'

type Env = Partial<Record<string, string>>

/**
 * Identify's contact address: OAI_ADMIN_EMAIL, else the archive's mail sender, else archive@ the
 * site's host (a host without a dot, as localhost, is not an address the protocol accepts).
 */
export function oaiSettings(env: Env = process.env) {
  const host = new URL(env.SERVER_URL || siteUrl()).hostname
  return {
    adminEmail:
      env.OAI_ADMIN_EMAIL ||
      env.MAIL_FROM ||
      `archive@${host.includes('.') ? host : `${host}.localdomain`}`,
  }
}
export type OaiSettings = ReturnType<typeof oaiSettings>
