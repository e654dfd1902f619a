/**
 * The global Payload adds once a task is scheduled: when each scheduled task was last queued. It is
 * the job runner's bookkeeping, not the archive's data: guarded in the API (buildAppConfig), left
 * out of backups, and out of the content the tests compare.
 */
export const JOB_STATS_GLOBAL = 'payload-jobs-stats'
