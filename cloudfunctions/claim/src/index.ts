import { claimFunction } from '../../../server/functions/claim.handler'
import { serveCloudFunction } from '../../../server/runtime/cloudbase-main'

/** 手工报销: checklist, estimate, create, attach, submit, withdraw, list, get (docs/api.md, Function `claim`). */
export const main = (event: unknown, context: unknown) => serveCloudFunction(claimFunction, event, context)
