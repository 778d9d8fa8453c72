import type { Notification, Outbox } from '../../ports/outbox'
import { type CloudBaseApp, type CloudDb, COLLECTIONS, unwrap } from './database.cloudbase'

/** Subscription-message template ids per kind, configured as function environment variables. */
export interface Templates {
  filing_status?: string
  supplement_deadline?: string
  claim_status?: string
}

const PAGES: Record<Notification['kind'], string> = {
  filing_status: 'pages/filings/detail',
  supplement_deadline: 'pages/filings/detail',
  claim_status: 'packages/claim/detail',
}

/** The template's keywords; a deploying agency picks templates with these fields or maps them here. */
const templateData = ({ payload }: Notification) => ({
  thing1: { value: payload.title.slice(0, 20) },
  phrase2: { value: payload.status.slice(0, 5) },
  thing3: { value: (payload.note ?? '详情请在小程序中查看').slice(0, 20) },
  ...(payload.deadline ? { date4: { value: payload.deadline } } : {}),
})

/**
 * Kept in the outbox collection first, then sent as a WeChat subscription message. A failed send (the user
 * did not subscribe, no template configured) leaves it unsent for a retry; it never fails the user's action.
 */
export const outboxCloudBase = (app: CloudBaseApp, db: CloudDb, templates: Templates): Outbox => {
  const outbox = db.collection(COLLECTIONS.outbox)
  return {
    async add(notification) {
      await unwrap(outbox.add({ ...notification, _id: notification.id, sentAt: null }))
      const templateId = templates[notification.kind]
      if (!templateId) return
      try {
        const sent = await app.callWxOpenApi({
          apiName: '/cgi-bin/message/subscribe/send',
          requestData: {
            touser: notification.recipient,
            template_id: templateId,
            page: `${PAGES[notification.kind]}?id=${notification.payload.recordId}`,
            data: templateData(notification),
          },
        })
        const errcode = (sent.result as { errcode?: number } | undefined)?.errcode ?? 0
        if (errcode === 0)
          await unwrap(outbox.doc(notification.id).update({ sentAt: new Date().toISOString() }))
        else console.warn(`subscription message not sent: errcode ${errcode}`)
      } catch (error) {
        console.warn('subscription message not sent:', error instanceof Error ? error.message : error)
      }
    },
    async pending(limit = 100) {
      const page = await unwrap(outbox.where({ sentAt: null }).orderBy('createdAt', 'asc').limit(limit).get())
      return (page.data as (Notification & { _id: string })[]).map(({ _id, ...notification }) => notification)
    },
  }
}
