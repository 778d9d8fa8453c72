import { ok } from '@shared/result'
import { accountEventSchema } from '@shared/schemas/account.schema'
import { parseInput } from '@shared/schemas/parse'
import { listNotifications, markNotificationsRead } from '../use-cases/account/notifications'
import { callOf } from '../use-cases/call'
import { fileLinks } from '../use-cases/file-links'
import { eraseRecord } from '../use-cases/privacy/erase-record'
import { myData } from '../use-cases/privacy/my-data'
import { admitDirectUpload } from '../use-cases/uploads'
import type { FunctionHandler } from './handler'

/** What the app needs to know of its caller: where it may upload, whether to offer staff pages, its messages. */
export const accountFunction: FunctionHandler = async (input, caller, ports) => {
  const parsed = parseInput(accountEventSchema, input)
  if (!parsed.ok) return parsed
  const event = parsed.value
  switch (event.action) {
    case 'whoami':
      return ok({ uploadPrefix: `uploads/${caller}/`, staff: await ports.staff.includes(caller) })
    case 'notifications':
      return listNotifications(callOf(caller, ports))
    case 'markRead':
      return markNotificationsRead(callOf(caller, ports), event.ids)
    case 'subscribed':
      return ok({
        consents: await ports.outbox.addConsents(caller, event.accepted, ports.clock.now().toISOString()),
      })
    case 'my_data':
      return myData(callOf(caller, ports))
    case 'erase':
      return eraseRecord(callOf(caller, ports), event.kind, event.id)
    case 'upload': {
      const admitted = await admitDirectUpload(callOf(caller, ports), event)
      return admitted.ok
        ? ok({ fileID: admitted.value.fileID, mime: admitted.value.mime, size: admitted.value.size })
        : admitted
    }
    case 'file_urls':
      return fileLinks(callOf(caller, ports), event.fileIDs)
  }
}
