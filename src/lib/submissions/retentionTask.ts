import type { TaskConfig } from 'payload'

import { applyRetention } from '@/lib/submissions/retention'

type Env = Partial<Record<string, string>>

/**
 * The retention of submissions as a job the app's runner queues and runs itself, once a day
 * (SUBMISSIONS_RETENTION_CRON), on the one instance that runs jobs.
 */
export const retentionTask = (env: Env): TaskConfig<'submissionsRetention'> => ({
  slug: 'submissionsRetention',
  label: 'Submissions retention',
  schedule: [{ cron: env.SUBMISSIONS_RETENTION_CRON || '30 3 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'deleted', type: 'number', required: true },
    { name: 'erased', type: 'number', required: true },
  ],
  retries: 2,
  handler: async ({ req }) => ({ output: await applyRetention(req.payload, { env }) }),
})
