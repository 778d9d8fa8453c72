/**
 * The 医保信息平台 down for a while: filings go on being accepted (登记中), and once it is back every one is
 * registered exactly once. Runs `npm start`'s entry against the stub platform of the tests (loopback only):
 * `--up-s` seconds up, `--outage-s` seconds answering 503 (or hanging past the timeout with --hang), then up.
 * The retry schedule is the shipped one scaled to the outage (an hour's outage scaled to a minute is 1/60:
 * first retry after 100 ms, doubling to 10 s), so the delay after recovery scales back by the same factor.
 *   npm run bench:outage [-- --outage-s 60 --up-s 10 --rate 10 --hang]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { todayInShanghai } from '@shared/time/calendar'
import Database from 'libsql'
import { callOver, startServer, waitFor } from '../test/server/server-process'
import { startStubGateway } from '../test/server/stub-gateway'
import { draft, idNumber } from '../test/server/support'

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const OUTAGE_S = arg('outage-s', 60)
const UP_S = arg('up-s', 10)
const RATE = arg('rate', 10)
const HANG = process.argv.includes('--hang')
const KEY = 'bench-outage-key-0123456789'

const main = async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yidi-bench-outage-'))
  const stub = await startStubGateway(KEY)
  const server = await startServer(dataDir, {
    INSURANCE_CORE: 'gateway',
    INSURANCE_CORE_URL: stub.url,
    INSURANCE_CORE_KEY: KEY,
    INSURANCE_CORE_TIMEOUT_MS: '2000',
    INSURANCE_CORE_RETRY_BASE_MS: '100',
    INSURANCE_CORE_RETRY_CAP_MS: '10000',
  })
  const accepted: { filingId: string; pending: boolean; during: boolean }[] = []
  let refusedByUs = 0
  let serial = 0
  let down = false
  const submitFor = async (seconds: number) => {
    const until = Date.now() + seconds * 1000
    while (Date.now() < until) {
      const n = serial++
      const answer = await callOver(
        server.base,
        'filing',
        {
          action: 'submit',
          idempotencyKey: `outage-${n}`,
          draft: draft({
            filingType: 'temporary',
            startDate: todayInShanghai(new Date()),
            insured: { name: '王小明', idNumber: idNumber('420105', n % 1000), phone: '13800138000' },
          }),
        },
        `outage-user-${n}`,
      )
      if (answer?.status === 200)
        accepted.push({
          filingId: answer.body.data.filingId,
          pending: answer.body.data.registration.status === 'pending',
          during: down,
        })
      else refusedByUs++
      await new Promise((resolve) => setTimeout(resolve, 1000 / RATE))
    }
  }

  await submitFor(UP_S)
  down = true
  stub.setMode(HANG ? 'hang' : 'down')
  const outageStarted = Date.now()
  await submitFor(OUTAGE_S)
  stub.setMode('up')
  down = false
  const recovered = new Date()
  const outageSeconds = (recovered.getTime() - outageStarted) / 1000

  const db = new Database(path.join(dataDir, 'yidi.sqlite'), { readonly: true })
  const undelivered = () =>
    (
      db.prepare("SELECT COUNT(*) AS n FROM registration_outbox WHERE state != 'delivered'").get() as {
        n: number
      }
    ).n
  await waitFor(
    () => undelivered() === 0,
    () => `${undelivered()} still undelivered`,
    300_000,
  )
  const settled = new Map(
    (
      db
        .prepare(
          "SELECT filing_id AS id, settled_at AS at, attempts FROM registration_outbox WHERE operation = 'register'",
        )
        .all() as {
        id: string
        at: string
        attempts: number
      }[]
    ).map((row) => [row.id, row]),
  )
  const duringOutage = accepted.filter((filing) => filing.during)
  const delays = duringOutage.map(
    (filing) => (Date.parse(settled.get(filing.filingId)!.at) - recovered.getTime()) / 1000,
  )
  const byFiling = stub.registrationsByFiling()
  const lost = accepted.filter((filing) => !byFiling.has(filing.filingId)).length
  const doubled = [...byFiling.values()].filter((msgids) => msgids.size > 1).length
  const repeats = stub.received.length - new Set(stub.received.map((sent) => sent.msgid)).size
  db.close()
  server.child.kill('SIGTERM')
  await server.exited
  await stub.close()
  rmSync(dataDir, { recursive: true, force: true })

  const max = Math.max(...delays)
  const median = [...delays].sort((a, b) => a - b)[Math.floor(delays.length / 2)]
  console.log(
    `platform ${HANG ? 'hanging (timeouts)' : 'answering 503'} for ${outageSeconds.toFixed(1)} s (scaled-down outage)`,
  )
  console.log(
    `filings accepted: ${accepted.length} (${duringOutage.length} during the outage, all shown 登记中: ${duringOutage.every((filing) => filing.pending)}); refused by the product: ${refusedByUs}`,
  )
  console.log(`delay to registration after recovery: median ${median.toFixed(1)} s, max ${max.toFixed(1)} s`)
  console.log(
    `attempts per outage filing: max ${Math.max(...duringOutage.map((filing) => settled.get(filing.filingId)!.attempts))}; requests repeated with the same msgid: ${repeats}`,
  )
  console.log(`lost: ${lost}, doubled: ${doubled}`)
  if (lost > 0 || doubled > 0 || refusedByUs > 0) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
