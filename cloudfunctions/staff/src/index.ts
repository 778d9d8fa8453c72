import { staffFunction } from '../../../server/functions/staff.handler'
import { serveCloudFunction } from '../../../server/runtime/cloudbase-main'

/** 经办: queue, decide, form — staff only (docs/api.md, Function `staff`). */
export const main = (event: unknown, context: unknown) => serveCloudFunction(staffFunction, event, context)
