import { subscriptionData } from '@shared/notify/subscription-message'
import type { NotificationKind } from '@shared/policy/vocabulary'
import { NOTIFICATION_ROUTES, ROUTES } from '@shared/routes'
import type { Consents, Notification, Outbox, ReceivedNotification } from '../../ports/outbox'
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
  faq_answer?: string
  /** 长期订阅 templates (offered to 政务民生 accounts): one acceptance allows any number of messages. */
  longTerm?: boolean
}

/** WeChat's answer when the person has no acceptance left for the template (43101: 用户拒绝接受消息). */
const NO_CONSENT = 43101

type Stored = Notification & { _id: string; sentAt: string | null; readAt?: string | null }

/** Where tapping the message leads: the record's page, as the app's own list opens it. */
const pageOf = ({ kind, payload }: Notification) =>
  `${ROUTES[NOTIFICATION_ROUTES[kind]]}?id=${encodeURIComponent(payload.recordId)}`

/**
 * Kept in the outbox collection first, then sent as a WeChat subscription message and marked sent. A failed
 * send (the user did not subscribe, no template configured) leaves it unsent; it never fails the user's action.
 */
export const outboxCloudBase = (app: CloudBaseApp, db: CloudDb, templates: Templates): Outbox => {
  const outbox = db.collection(COLLECTIONS.outbox)
  const consents = db.collection(COLLECTIONS.subscriptionConsents)
  const _ = db.command
  const consentId = (recipient: string, kind: NotificationKind) => `${recipient}:${kind}`
  const store = (notification: Notification) =>
    unwrap(outbox.add({ ...notification, _id: notification.id, sentAt: null, readAt: null }))
  /** Takes one acceptance of the kind (compare-and-set), or says there is none to send against. */
  const takeConsent = async ({ recipient, kind }: Notification, change: 1 | -1) => {
    if (templates.longTerm) return change === -1 ? (await consentsOf(recipient))[kind] !== undefined : true
    const where =
      change === -1
        ? { _id: consentId(recipient, kind), remaining: _.gt(0) }
        : { _id: consentId(recipient, kind) }
    const result = await unwrap(consents.where(where).update({ remaining: _.inc(change) }))
    return (result as { updated?: number }).updated === 1
  }
  const consentsOf = async (recipient: string): Promise<Consents> => {
    const page = await unwrap(consents.where({ recipient }).limit(10).get())
    return Object.fromEntries(
      (page.data as { kind: NotificationKind; remaining: number }[]).map((row) => [row.kind, row.remaining]),
    )
  }
  const deliver = async (notification: Notification) => {
    const templateId = templates[notification.kind]
    if (!templateId || notification.inAppOnly) return
    const data = subscriptionData(notification)
    if (!data.ok) return console.warn(`subscription message not sent: ${data.error.message}`)
    // No acceptance left: WeChat would refuse it (43101); the message stays in the app's 消息 list.
    if (!(await takeConsent(notification, -1))) return
    try {
      const sent = await app.callWxOpenApi({
        apiName: '/cgi-bin/message/subscribe/send',
        requestData: {
          touser: notification.recipient,
          template_id: templateId,
          page: pageOf(notification),
          data: data.value,
        },
      })
      const errcode = (sent.result as { errcode?: number } | undefined)?.errcode ?? 0
      if (errcode === 0)
        await unwrap(
          outbox.where({ _id: notification.id, sentAt: null }).update({ sentAt: new Date().toISOString() }),
        )
      else {
        console.warn(`subscription message not sent: errcode ${errcode}`)
        // Any other refusal did not use the person's acceptance: it is theirs again.
        if (errcode !== NO_CONSENT && !templates.longTerm) await takeConsent(notification, 1)
      }
    } catch (error) {
      console.warn('subscription message not sent:', error instanceof Error ? error.message : error)
      if (!templates.longTerm) await takeConsent(notification, 1)
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
    async addConsents(recipient, kinds, at) {
      for (const kind of kinds) {
        const _id = consentId(recipient, kind)
        const added = await unwrap(consents.where({ _id }).update({ remaining: _.inc(1), updatedAt: at }))
        if ((added as { updated?: number }).updated === 1) continue
        try {
          await unwrap(consents.add({ _id, recipient, kind, remaining: 1, updatedAt: at }))
        } catch (error) {
          // A second tap got there first: count this one on top of it.
          if (!isDuplicate(error)) throw error
          await unwrap(consents.where({ _id }).update({ remaining: _.inc(1), updatedAt: at }))
        }
      }
      return consentsOf(recipient)
    },
    consents: consentsOf,
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
