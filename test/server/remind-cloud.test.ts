// The timer-triggered `remind` function's path on CloudBase: the same dispatcher, subscription messages sent
// through the SDK's open-API call and marked sent, each reminder once. No CloudBase account here, so the
// outbox collection is a small in-memory stand-in with the SDK's shape; the filings are a real SQLite store.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROUTES } from '@shared/routes'
import { addDays } from '@shared/time/calendar'
import type { CloudBaseApp, CloudDb } from '../../server/adapters/cloudbase/database.cloudbase'
import { outboxCloudBase } from '../../server/adapters/cloudbase/outbox.cloudbase'
import { remindSupplements } from '../../server/use-cases/notify/remind-supplements'
import { dataOf, jilinWorker, type TempStore, tempStore } from './support'

type Doc = Record<string, unknown> & { _id: string }
const matches = (doc: Doc, query: Record<string, unknown>) =>
  Object.entries(query).every(([field, wanted]) =>
    wanted && typeof wanted === 'object' && 'in' in wanted
      ? (wanted as { in: unknown[] }).in.includes(doc[field] ?? null)
      : doc[field] === wanted,
  )

/** Just what outbox.cloudbase.ts calls: add (a duplicate _id refused), where().update(), where().count(). */
const fakeDb = () => {
  const docs = new Map<string, Doc>()
  const query = (where: Record<string, unknown>) => {
    const found = () => [...docs.values()].filter((doc) => matches(doc, where))
    const chain = {
      orderBy: () => chain,
      limit: () => chain,
      get: async () => ({ data: found() }),
      count: async () => ({ total: found().length }),
      update: async (fields: object) => {
        for (const doc of found()) Object.assign(doc, fields)
        return { updated: found().length }
      },
    }
    return chain
  }
  const db = {
    command: { in: (values: unknown[]) => ({ in: values }) },
    collection: () => ({
      add: async (doc: Doc) => {
        if (docs.has(doc._id))
          throw Object.assign(new Error('duplicate'), { code: 'DATABASE_DUPLICATE_WRITE' })
        docs.set(doc._id, { ...doc })
        return { id: doc._id }
      },
      where: query,
    }),
  }
  return { db: db as unknown as CloudDb, docs }
}

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
  const { db, docs } = fakeDb()
  const ports = { ...store.ports, outbox: outboxCloudBase(app, db, { supplement_deadline: 'tmpl-deadline' }) }

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
  const stored = [...docs.values()]
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
