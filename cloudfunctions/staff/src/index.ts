import { serveCloudFunction } from '../../../server/adapters/cloudbase/main.cloudbase'
import { staffFunction } from '../../../server/functions/staff.handler'

/** 经办: queue, decide, form — staff only (api.md, Function `staff`). */
export const main = (event: unknown, context: unknown) => serveCloudFunction(staffFunction, event, context)
