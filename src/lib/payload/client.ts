import config from '@payload-config'
import { getPayload } from 'payload'

/** The process-wide Payload instance for server components and route handlers; it also runs the job queue (scheduled publish). */
export const getPayloadClient = () => getPayload({ config, cron: true })
