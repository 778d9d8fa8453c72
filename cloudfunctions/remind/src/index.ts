import { serveScheduled } from '../../../server/runtime/cloudbase-main'
import { forgetOldFaqText } from '../../../server/use-cases/faq/forget-old-text'
import { remindSupplements } from '../../../server/use-cases/notify/remind-supplements'
import { removeUnattachedUploads } from '../../../server/use-cases/uploads'

/**
 * 补充材料到期提醒, the 7-day clean-up of uploads no record holds and the retention of FAQ text: run daily by the timer trigger
 * (cloudbaserc.json), the same jobs the local runtime runs hourly.
 */
export const main = () =>
  serveScheduled(async (ports) => ({
    reminders: await remindSupplements(ports),
    unattachedUploadsRemoved: await removeUnattachedUploads(ports),
    faqTextForgotten: await forgetOldFaqText(ports),
  }))
