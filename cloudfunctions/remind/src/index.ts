import { serveScheduled } from '../../../server/runtime/cloudbase-main'
import { remindSupplements } from '../../../server/use-cases/notify/remind-supplements'

/** 补充材料到期提醒: run by its timer trigger (cloudbaserc.json), the same dispatcher as the local runtime's. */
export const main = () => serveScheduled(remindSupplements)
