import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildAppConfig } from '@/config/buildAppConfig'

const root = path.dirname(fileURLToPath(import.meta.url))

export default buildAppConfig(process.env, { root })
