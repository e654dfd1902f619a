import { Forbidden, type CollectionBeforeDeleteHook } from 'payload'

import { userHasRole } from '@/lib/auth/roles'

/**
 * Scheduling is an editor's decision (design.md). Payload's admin cancels a scheduled publish
 * through a server function that checks only that the user may open the admin and then deletes the
 * job with access control off, so a translator could cancel an editor's scheduled publication. The
 * jobs collection refuses it itself. (The runner removes finished jobs without hooks, and a publish a
 * translator schedules fails when it runs: the job acts as them.)
 */
export const onlyEditorsCancelJobs: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.user && !userHasRole(req.user, 'admin', 'editor')) throw new Forbidden(req.t)
}
