// The timer-triggered `remind` function's path on CloudBase: the same dispatcher, subscription messages sent
// through the SDK's open-API call and marked sent, each reminder once. No CloudBase account here, so the
// outbox collection is a small in-memory stand-in with the SDK's shape; the filings are a real SQLite store.
// Each reminder is sent against one acceptance of the template the person gave in the app.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROUTES } from '@shared/routes'
import { addDays } from '@shared/time/calendar'
import type { CloudBaseApp } from '../../server/adapters/cloudbase/database.cloudbase'
import { outboxCloudBase } from '../../server/adapters/cloudbase/outbox.cloudbase'
import { remindSupplements } from '../../server/use-cases/notify/remind-supplements'
import { cloudDbStandIn } from './cloud-db-stand-in'
import { dataOf, jilinWorker, type TempStore, tempStore } from './support'

let store: TempStore
beforeEach(() => {
  store = tempStore()
})
afterEach(() => store.dispose())

test('run twice by its timer, the cloud dispatcher sends one subscription message and marks it sent', async () => {
  const filing = dataOf(
    'filing.submit',
    await store.call('filing', {
      action: 'submit',
      draft: jilinWorker(3),
      idempotencyKey: 'cloud-remind-1',
    }),
  )
  const sent: { apiName: string; requestData: Record<string, unknown> }[] = []
  const app = {
    callWxOpenApi: async (call: { apiName: string; requestData: Record<string, unknown> }) => {
      sent.push(call)
      return { result: { errcode: 0 } }
    },
  } as unknown as CloudBaseApp
  const { db, docsOf } = cloudDbStandIn()
  const ports = { ...store.ports, outbox: outboxCloudBase(app, db, { supplement_deadline: 'tmpl-deadline' }) }
  await ports.outbox.addConsents('openid-alice', ['supplement_deadline'], '2026-01-01T00:00:00.000Z')

  store.clock.set(`${addDays(filing.supplementDeadline!, -1)}T01:00:00.000Z`)
  expect((await remindSupplements(ports)).written).toBe(1)
  expect((await remindSupplements(ports)).written).toBe(0)

  expect(sent).toHaveLength(1)
  expect(sent[0]).toMatchObject({
    apiName: '/cgi-bin/message/subscribe/send',
    requestData: {
      touser: 'openid-alice',
      template_id: 'tmpl-deadline',
      page: `${ROUTES.filingDetail}?id=${filing.filingId}`,
    },
  })
  const stored = [...docsOf('outbox').values()]
  expect(stored).toHaveLength(1)
  expect(stored[0].sentAt).toEqual(expect.any(String))
  expect(await ports.outbox.pending()).toEqual([])
})

test('cloudbaserc.json runs the remind function on a 7-field timer trigger', () => {
  const config = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'cloudbaserc.json'), 'utf8')) as {
    functions: { name: string; triggers?: { type: string; config: string }[] }[]
  }
  const remind = config.functions.find((fn) => fn.name === 'remind')
  expect(remind?.triggers).toEqual([expect.objectContaining({ type: 'timer' })])
  expect(remind?.triggers?.[0].config.split(' ')).toHaveLength(7)
})
