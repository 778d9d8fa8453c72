// One acceptance of a one-time template allows one message. The server counts acceptances per person and
// kind and sends only against one, so WeChat never has to refuse (43101) and no keyword breaks its rule (47003).
// WeChat's side is a stub that answers as subscribeMessage.send documents: it keeps its own count.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { KEYWORD_RULES, TEMPLATE_KEYWORDS } from '@shared/notify/subscription-message'
import type { NotificationKind } from '@shared/policy/vocabulary'
import type { CloudBaseApp } from '../../server/adapters/cloudbase/database.cloudbase'
import { outboxCloudBase } from '../../server/adapters/cloudbase/outbox.cloudbase'
import { openDatabase } from '../../server/adapters/sqlite/database.sqlite'
import { outboxSqlite } from '../../server/adapters/sqlite/outbox.sqlite'
import type { Notification } from '../../server/ports/outbox'
import { cloudDbStandIn } from './cloud-db-stand-in'

const TEMPLATES = { filing_status: 'tmpl-status', supplement_deadline: 'tmpl-deadline' } as const
const AT = '2026-12-03T02:00:00.000Z'

type Send = { touser: string; template_id: string; data: Record<string, { value: string }> }

/** WeChat: 47003 for a keyword that breaks its rule, 43101 without an acceptance left, 0 otherwise. */
const weChat = (options: { failWith?: number } = {}) => {
  const accepted = new Map<string, number>()
  const delivered: Send[] = []
  const refused: number[] = []
  const app = {
    callWxOpenApi: async ({ requestData }: { requestData: Send }) => {
      const answer = (errcode: number) => {
        if (errcode !== 0) refused.push(errcode)
        return { result: { errcode } }
      }
      if (options.failWith) return answer(options.failWith)
      const broken = Object.entries(requestData.data).some(
        ([keyword, { value }]) =>
          !KEYWORD_RULES[TEMPLATE_KEYWORDS[keyword as keyof typeof TEMPLATE_KEYWORDS]].test(value),
      )
      if (broken) return answer(47003)
      const key = `${requestData.touser}:${requestData.template_id}`
      if ((accepted.get(key) ?? 0) === 0) return answer(43101)
      accepted.set(key, (accepted.get(key) ?? 0) - 1)
      delivered.push(requestData)
      return answer(0)
    },
  }
  const accept = (openid: string, kind: NotificationKind) => {
    const key = `${openid}:${TEMPLATES[kind as keyof typeof TEMPLATES]}`
    accepted.set(key, (accepted.get(key) ?? 0) + 1)
  }
  return { app: app as unknown as CloudBaseApp, accept, delivered, refused }
}

let serial = 0
const nextId = () => {
  serial += 1
  return `nt_${serial}`
}
const message = (kind: NotificationKind, extra: Partial<Notification> = {}): Notification => ({
  id: nextId(),
  recipient: 'openid-alice',
  kind,
  payload: {
    recordId: 'fl_1',
    title: '备案材料须在 7 天内补充',
    status: 'pending_supplement',
    deadline: '2026-12-10',
  },
  createdAt: AT,
  ...extra,
})

const setUp = (options?: { failWith?: number; longTerm?: boolean }) => {
  const wechat = weChat(options)
  const outbox = outboxCloudBase(wechat.app, cloudDbStandIn().db, {
    ...TEMPLATES,
    longTerm: options?.longTerm,
  })
  /** The person taps 允许 in WeChat's dialog; the app reports it (account.subscribed). */
  const accept = async (kind: NotificationKind) => {
    wechat.accept('openid-alice', kind)
    return outbox.addConsents('openid-alice', [kind], AT)
  }
  return { ...wechat, outbox, accept }
}

test('without an acceptance nothing is sent; the message waits in the app', async () => {
  const { outbox, delivered, refused } = setUp()
  await outbox.add(message('supplement_deadline'))
  expect(delivered).toEqual([])
  expect(refused).toEqual([])
  expect(await outbox.pending()).toHaveLength(1)
})

test('one acceptance carries one of the two deadline reminders, in Chinese; the second waits in the app', async () => {
  const { outbox, accept, delivered, refused } = setUp()
  expect(await accept('supplement_deadline')).toEqual({ supplement_deadline: 1 })
  await outbox.add(message('supplement_deadline'))
  await outbox.add(message('supplement_deadline'))
  expect(delivered).toHaveLength(1)
  expect(delivered[0].data.phrase2).toEqual({ value: '待补充材料' })
  expect(delivered[0].data.date4).toEqual({ value: '2026年12月10日' })
  expect(refused).toEqual([])
  expect(await outbox.consents('openid-alice')).toEqual({ supplement_deadline: 0 })
  expect(await outbox.pending()).toHaveLength(1)
})

test('two acceptances (at submit and later on the filing) carry both reminders', async () => {
  const { outbox, accept, delivered } = setUp()
  await accept('supplement_deadline')
  await accept('supplement_deadline')
  await outbox.add(message('supplement_deadline'))
  await outbox.add(message('supplement_deadline'))
  expect(delivered).toHaveLength(2)
})

test('an acceptance is counted per kind: a filing-status one does not carry a deadline reminder', async () => {
  const { outbox, accept, delivered } = setUp()
  await accept('filing_status')
  await outbox.add(message('supplement_deadline'))
  expect(delivered).toEqual([])
  expect(await outbox.consents('openid-alice')).toEqual({ filing_status: 1 })
})

test('the notice written at submit is for the app only and spends no acceptance', async () => {
  const { outbox, accept, delivered } = setUp()
  await accept('supplement_deadline')
  await outbox.add(message('supplement_deadline', { inAppOnly: true }))
  expect(delivered).toEqual([])
  expect(await outbox.consents('openid-alice')).toEqual({ supplement_deadline: 1 })
})

test('a send WeChat fails for another reason gives the acceptance back', async () => {
  const { outbox, refused } = setUp({ failWith: -1 })
  await outbox.addConsents('openid-alice', ['supplement_deadline'], AT)
  await outbox.add(message('supplement_deadline'))
  expect(refused).toEqual([-1])
  expect(await outbox.consents('openid-alice')).toEqual({ supplement_deadline: 1 })
})

test('长期订阅: one acceptance carries every message of its kind', async () => {
  const { outbox, delivered, app } = setUp({ longTerm: true })
  // WeChat keeps a long-term acceptance: its stub is given plenty.
  const wechat = app as unknown as { callWxOpenApi: (call: { requestData: Send }) => Promise<unknown> }
  const send = wechat.callWxOpenApi
  wechat.callWxOpenApi = async (call) => ({ result: { errcode: 0 }, sent: delivered.push(call.requestData) })
  await outbox.add(message('supplement_deadline'))
  expect(delivered).toEqual([])
  await outbox.addConsents('openid-alice', ['supplement_deadline'], AT)
  await outbox.add(message('supplement_deadline'))
  await outbox.add(message('supplement_deadline'))
  expect(delivered).toHaveLength(2)
  wechat.callWxOpenApi = send
})

test('the local store counts acceptances the same way', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'consents-'))
  const db = openDatabase(dir)
  const outbox = outboxSqlite(db)
  await outbox.addConsents('openid-alice', ['supplement_deadline'], AT)
  expect(await outbox.addConsents('openid-alice', ['supplement_deadline', 'filing_status'], AT)).toEqual({
    supplement_deadline: 2,
    filing_status: 1,
  })
  expect(await outbox.consents('openid-bob')).toEqual({})
  db.close()
  rmSync(dir, { recursive: true, force: true })
})
