import { NOTIFICATION_ROUTES, ROUTES } from '@shared/routes'
import type { Notification, Outbox, ReceivedNotification } from '../../ports/outbox'
import {
  type CloudBaseApp,
  type CloudDb,
  COLLECTIONS,
  isDuplicate,
  MAX_PAGE,
  unwrap,
} from './database.cloudbase'

/** Subscription-message template ids per kind, configured as function environment variables. */
export interface Templates {
  filing_status?: string
  supplement_deadline?: string
  claim_status?: string
  identity?: string
}

type Stored = Notification & { _id: string; sentAt: string | null; readAt?: string | null }

/** Where tapping the message leads: the record's page, as the app's own list opens it. */
const pageOf = ({ kind, payload }: Notification) =>
  `${ROUTES[NOTIFICATION_ROUTES[kind]]}?id=${encodeURIComponent(payload.recordId)}`

/** The template's keywords; a deploying agency picks templates with these fields or maps them here. */
const templateData = ({ payload }: Notification) => ({
  thing1: { value: payload.title.slice(0, 20) },
  phrase2: { value: payload.status.slice(0, 5) },
  thing3: { value: (payload.note ?? '详情请在小程序中查看').slice(0, 20) },
  ...(payload.deadline ? { date4: { value: payload.deadline } } : {}),
})

/**
 * Kept in the outbox collection first, then sent as a WeChat subscription message and marked sent. A failed
 * send (the user did not subscribe, no template configured) leaves it unsent; it never fails the user's action.
 */
export const outboxCloudBase = (app: CloudBaseApp, db: CloudDb, templates: Templates): Outbox => {
  const outbox = db.collection(COLLECTIONS.outbox)
  const store = (notification: Notification) =>
    unwrap(outbox.add({ ...notification, _id: notification.id, sentAt: null, readAt: null }))
  const deliver = async (notification: Notification) => {
    const templateId = templates[notification.kind]
    if (!templateId) return
    try {
      const sent = await app.callWxOpenApi({
        apiName: '/cgi-bin/message/subscribe/send',
        requestData: {
          touser: notification.recipient,
          template_id: templateId,
          page: pageOf(notification),
          data: templateData(notification),
        },
      })
      const errcode = (sent.result as { errcode?: number } | undefined)?.errcode ?? 0
      if (errcode === 0)
        await unwrap(
          outbox.where({ _id: notification.id, sentAt: null }).update({ sentAt: new Date().toISOString() }),
        )
      else console.warn(`subscription message not sent: errcode ${errcode}`)
    } catch (error) {
      console.warn('subscription message not sent:', error instanceof Error ? error.message : error)
    }
  }
  const strip = ({ _id, sentAt, readAt, ...notification }: Stored): Notification => notification
  return {
    async add(notification) {
      await store(notification)
      await deliver(notification)
    },
    async addOnce(notification) {
      try {
        await store(notification)
      } catch (error) {
        if (isDuplicate(error)) return false
        throw error
      }
      await deliver(notification)
      return true
    },
    async pending(limit = 100) {
      const page = await unwrap(outbox.where({ sentAt: null }).orderBy('createdAt', 'asc').limit(limit).get())
      return (page.data as Stored[]).map(strip)
    },
    async forRecipient(recipient, limit) {
      const page = await unwrap(
        outbox.where({ recipient }).orderBy('createdAt', 'desc').limit(Math.min(limit, MAX_PAGE)).get(),
      )
      return (page.data as Stored[]).map(
        (stored): ReceivedNotification => ({ ...strip(stored), readAt: stored.readAt ?? null }),
      )
    },
    async unreadCount(recipient) {
      const counted = await unwrap(outbox.where({ recipient, readAt: db.command.in([null]) }).count())
      return (counted as { total?: number }).total ?? 0
    },
    async markRead(recipient, ids, at) {
      if (ids.length === 0) return
      await unwrap(
        outbox
          .where({ recipient, _id: db.command.in([...ids]), readAt: db.command.in([null]) })
          .update({ readAt: at }),
      )
    },
  }
}
