import { serveCloudFunction } from '../../../server/adapters/cloudbase/main.cloudbase'
import { claimFunction } from '../../../server/functions/claim.handler'

/** 手工报销: checklist, estimate, create, attach, submit, withdraw, list, get (api.md, Function `claim`). */
export const main = (event: unknown, context: unknown) => serveCloudFunction(claimFunction, event, context)
