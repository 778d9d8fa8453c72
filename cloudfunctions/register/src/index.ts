import { serveScheduled } from '../../../server/runtime/cloudbase-main'
import { deliveryFromEnv } from '../../../server/runtime/registration-timer'
import { deliverRegistrations } from '../../../server/use-cases/registration/deliver-registrations'

/** 备案登记到医保信息平台: run each minute by its timer trigger (cloudbaserc.json), the local runtime's worker. */
export const main = () =>
  serveScheduled((ports) => deliverRegistrations(ports, deliveryFromEnv(process.env).policy))
