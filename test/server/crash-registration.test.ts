import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { todayInShanghai } from '@shared/time/calendar'
import Database from 'libsql'
import { callOver, type ServerProcess, startServer, waitFor } from './server-process'
import { type StubGateway, startStubGateway } from './stub-gateway'
import { draft, idNumber } from './support'

const KEY = 'crash-gateway-key-0123456789'
const WRITERS = 8
let dataDir: string
let server: ServerProcess | undefined
let stub: StubGateway

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yidi-crash-registration-'))
  stub = await startStubGateway(KEY)
})
afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL')
  await stub.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const env = () => ({
  INSURANCE_CORE: 'gateway',
  INSURANCE_CORE_URL: stub.url,
  INSURANCE_CORE_KEY: KEY,
  INSURANCE_CORE_TIMEOUT_MS: '2000',
  INSURANCE_CORE_POLL_MS: '20',
  INSURANCE_CORE_RETRY_BASE_MS: '50',
  INSURANCE_CORE_RETRY_CAP_MS: '200',
})

const submitOf = (writer: number, n: number) => ({
  action: 'submit',
  idempotencyKey: `crash-reg-${writer}-${n}`,
  draft: draft({
    filingType: 'temporary',
    startDate: todayInShanghai(new Date()),
    insured: { name: '王小明', idNumber: idNumber('420105', writer * 100 + n), phone: '13800138000' },
  }),
})

test('SIGKILL while filings are being registered leaves none unregistered and registers none twice', async () => {
  // The platform answers slowly, so the kill falls between requests it answered and answers not yet recorded.
  stub.setDelay(15)
  server = await startServer(dataDir, env())
  let acknowledged = 0
  const writer = async (w: number) => {
    for (let n = 0; n < 100; n++) {
      const answer = await callOver(server!.base, 'filing', submitOf(w, n), `crash-reg-user-${w}`)
      if (answer?.status !== 200) return
      acknowledged++
    }
  }
  const writing = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)))
  await waitFor(
    () => acknowledged >= 120 && stub.held.size >= 40,
    () => `${acknowledged} filings, ${stub.held.size} registered before the kill`,
    60_000,
  )
  server.child.kill('SIGKILL')
  await server.exited
  await writing
  const registeredAtKill = stub.held.size

  stub.setDelay(0)
  server = await startServer(dataDir, env())
  const db = new Database(path.join(dataDir, 'yidi.sqlite'), { readonly: true })
  const undelivered = () =>
    (
      db.prepare("SELECT COUNT(*) AS n FROM registration_outbox WHERE state != 'delivered'").get() as {
        n: number
      }
    ).n
  await waitFor(
    () => undelivered() === 0,
    () => `${undelivered()} registrations still undelivered`,
    60_000,
  )
  const filings = (db.prepare('SELECT id FROM filings').all() as { id: string }[]).map((row) => row.id)
  expect(filings.length).toBeGreaterThanOrEqual(acknowledged)
  expect(filings.length).toBeGreaterThan(registeredAtKill)

  // Every filing has exactly one registration on the platform: one msgid, delivered, and the platform's number.
  const byFiling = stub.registrationsByFiling()
  for (const filingId of filings) expect([filingId, byFiling.get(filingId)?.size]).toEqual([filingId, 1])
  expect(stub.held.size).toBe(filings.length)
  const numbers = db
    .prepare("SELECT COUNT(DISTINCT number) AS n FROM registration_outbox WHERE operation = 'register'")
    .get() as { n: number }
  expect(numbers.n).toBe(filings.length)
  db.close()
  server.child.kill('SIGTERM')
  expect(await server.exited).toBe(0)
  // Starts and kills real server processes: half a minute alone, more on a busy shared machine.
}, 120_000)
