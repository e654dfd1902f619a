import config from '@payload-config'
import { getPayload } from 'payload'

/** The process-wide Payload instance for server components and route handlers. */
export const getPayloadClient = () => getPayload({ config })
