/**
 * filing.submit latency as the store grows, in process on a real SQLite file (no HTTP). One account files for
 * distinct people (a family member or an agent filing for many: the worst case for checks that read the
 * caller's filings); after each fill to a size, the next --sample submits are timed.
 *   npm run bench:submit [-- --sizes 100,1000,3000 --sample 50]
 * Fails when the median at the largest size is over BUDGET_MS or more than GROWTH times the smallest's: a
 * submit reads only the person's filings through an index, so its cost must not follow the store's size.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkCharacter } from '@shared/identity/id-number'
import { runFunction } from '../server/functions/run'
import { openLocalStore } from '../server/runtime/local-store'

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : fallback
}
const SIZES = arg('sizes', '100,1000,3000').split(',').map(Number)
const SAMPLE = Number(arg('sample', '50'))
const BUDGET_MS = 20
const GROWTH = 3
const CALLER = 'bench-submit-family'

/** A distinct valid ID number for each n (birth year and serial vary). */
const personOf = (n: number) => {
  const first17 = `110101${1940 + (n % 60)}0101${String(Math.floor(n / 60) % 1000).padStart(3, '0')}`
  return first17 + checkCharacter(first17)
}

const submit = (ports: Parameters<typeof runFunction>[3], n: number, startDate: string) =>
  runFunction(
    'filing',
    {
      action: 'submit',
      idempotencyKey: `bench-submit-${n}`,
      draft: {
        insured: { name: '测试用户', idNumber: personOf(n), phone: '13800138000' },
        relation: 'parent',
        insuredRegion: '420100',
        insuranceType: 'employee',
        filingType: 'temporary',
        destination: '110105',
        startDate,
        commitment: { accepted: true, proxyConsent: true },
      },
    },
    CALLER,
    ports,
  )

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

const main = async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yidi-bench-submit-'))
  const store = openLocalStore({ dataDir })
  const startDate = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  const medians: number[] = []
  let n = 0
  const filed = async () => {
    const answer = (await submit(store.ports, n++, startDate)) as { ok: boolean; error?: unknown }
    if (!answer.ok) throw new Error(`submit ${n} refused: ${JSON.stringify(answer.error)}`)
  }
  try {
    console.log(`filing.submit by one account for distinct people, ${SAMPLE} timed submits at each size, ms:`)
    console.log('  filings in store   median      p95      max')
    for (const size of SIZES) {
      while (n < size) await filed()
      const times: number[] = []
      for (let i = 0; i < SAMPLE; i++) {
        const started = process.hrtime.bigint()
        await filed()
        times.push(Number(process.hrtime.bigint() - started) / 1e6)
      }
      times.sort((a, b) => a - b)
      medians.push(percentile(times, 0.5))
      console.log(
        `  ${String(size).padStart(16)} ${[0.5, 0.95, 1].map((p) => percentile(times, p).toFixed(2).padStart(8)).join(' ')}`,
      )
    }
  } finally {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
  const [first, last] = [medians[0], medians[medians.length - 1]]
  const over = last > BUDGET_MS || last > GROWTH * Math.max(first, 1)
  console.log(
    `budget: median at ${SIZES[SIZES.length - 1]} ≤ ${BUDGET_MS} ms and ≤ ${GROWTH}× the median at ${SIZES[0]} (or 1 ms): ${over ? 'OVER' : 'ok'}`,
  )
  if (over) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
