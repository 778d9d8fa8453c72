import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { addDays, todayInShanghai } from '@shared/time/calendar'
import Database from 'libsql'
import { prepareIdentityOverHttp } from '../identity-prelude'
import { callOver, type ServerProcess, startServer, waitFor } from './server-process'
import { draft, idNumber } from './support'

// One person per writer: each account verifies once, as a real client would, and then files repeatedly, each
// filing starting on another day (an identical second filing is refused; the window allows 90 days ahead).

const WRITERS = 16
let dataDir: string
let server: ServerProcess | undefined

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yidi-crash-'))
})
afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

const submitOf = (writer: number, n: number) => ({
  action: 'submit',
  idempotencyKey: `crash-${writer}-${n}`,
  draft: draft({
    filingType: 'temporary',
    startDate: addDays(todayInShanghai(new Date()), n % 90),
    insured: { name: '王小明', idNumber: idNumber('420105', writer), phone: '13800138000' },
  }),
})

test('SIGKILL during writes loses no acknowledged filing, doubles none, and a retried key gets its record', async () => {
  server = await startServer(dataDir)
  const acknowledged = new Map<string, string>()
  const unanswered = new Set<string>()
  // A writer goes on until its server is gone: its last request is one the kill cut off or refused.
  const writer = async (w: number) => {
    await prepareIdentityOverHttp(server!.base, `crash-user-${w}`, 'filing', submitOf(w, 0))
    for (let n = 0; ; n++) {
      const event = submitOf(w, n)
      const answer = await callOver(server!.base, 'filing', event, `crash-user-${w}`, { prepared: true })
      if (answer?.status !== 200) {
        unanswered.add(event.idempotencyKey)
        return
      }
      acknowledged.set(event.idempotencyKey, answer.body.data.filingId)
      // Every fifth call retries the previous key: it must get the same filing back.
      if (n % 5 === 4) {
        const again = await callOver(server!.base, 'filing', submitOf(w, n - 1), `crash-user-${w}`, {
          prepared: true,
        })
        const first = acknowledged.get(submitOf(w, n - 1).idempotencyKey)
        if (again?.status === 200 && first) expect(again.body.data.filingId).toBe(first)
      }
    }
  }
  const writing = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)))
  await waitFor(
    () => acknowledged.size >= 400,
    () => `only ${acknowledged.size} writes acknowledged`,
  )
  server.child.kill('SIGKILL')
  await server.exited
  await writing

  server = await startServer(dataDir)
  const db = new Database(path.join(dataDir, 'yidi.sqlite'), { readonly: true })
  expect(db.prepare('PRAGMA integrity_check').get()).toMatchObject({ integrity_check: 'ok' })
  const stored = new Map(
    (db.prepare('SELECT idempotency_key AS key, id FROM filings').all() as { key: string; id: string }[]).map(
      (row) => [row.key, row.id],
    ),
  )
  for (const [key, filingId] of acknowledged) expect(stored.get(key)).toBe(filingId)

  // Retrying every key, answered or not, ends with exactly one filing per key.
  for (const key of [...acknowledged.keys(), ...unanswered]) {
    const [, w, n] = key.split('-').map(Number)
    const answer = await callOver(server.base, 'filing', submitOf(w, n), `crash-user-${w}`, {
      prepared: true,
    })
    expect(answer?.status).toBe(200)
    if (acknowledged.has(key)) expect(answer?.body.data.filingId).toBe(acknowledged.get(key))
  }
  const perKey = db.prepare(
    'SELECT COUNT(*) AS n, COUNT(DISTINCT owner || idempotency_key) AS keys FROM filings',
  )
  expect(perKey.get()).toMatchObject({
    n: acknowledged.size + unanswered.size,
    keys: acknowledged.size + unanswered.size,
  })
  db.close()
  server.child.kill('SIGTERM')
  expect(await server.exited).toBe(0)
  // Starts and kills real server processes: half a minute alone, more on a busy shared machine.
}, 120_000)
