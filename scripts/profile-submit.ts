/**
 * Where one filing.submit spends its time, in process on a real SQLite file (no HTTP): the whole call, each
 * port it reaches (timed by wrapping them) and the pure steps timed alone.
 *   npm run profile:submit [-- --requests 3000]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkCharacter } from '@shared/identity/id-number'
import { planSubmission } from '@shared/rules/submission'
import { filingEventSchema } from '@shared/schemas/filing.schema'
import { parseInput } from '@shared/schemas/parse'
import { todayInShanghai } from '@shared/time/calendar'
import { runFunction } from '../server/functions/run'
import { openLocalStore } from '../server/runtime/local-store'
import { prepareIdentity } from '../test/identity-prelude'

const at = process.argv.indexOf('--requests')
const REQUESTS = at > 0 ? Number(process.argv[at + 1]) : 3000
const WHOLE = 'whole call: JSON.parse, runFunction, JSON.stringify'
const CPU = '  of which CPU time (user + system)'
const spent = new Map<string, number>()
const add = (name: string, ns: bigint) => spent.set(name, (spent.get(name) ?? 0) + Number(ns))

const timed = <T extends object>(prefix: string, target: T): T => {
  for (const [key, value] of Object.entries(target)) {
    if (typeof value !== 'function') continue
    ;(target as Record<string, unknown>)[key] = (...args: unknown[]) => {
      const started = process.hrtime.bigint()
      const result = value.apply(target, args)
      if (result instanceof Promise)
        return result.finally(() => add(`${prefix}.${key}`, process.hrtime.bigint() - started))
      add(`${prefix}.${key}`, process.hrtime.bigint() - started)
      return result
    }
  }
  return target
}

/** Caller `profile-<k>` is one person, verified once before the loop (development adapter), as a real client is. */
const body = (n: number) => {
  const k = n % 32
  const first17 = `420105${1950 + k}0101${String(k).padStart(3, '0')}`
  return JSON.stringify({
    action: 'submit',
    idempotencyKey: `profile-key-${n}`,
    draft: {
      insured: { name: '测试用户', idNumber: first17 + checkCharacter(first17), phone: '13800138000' },
      relation: 'self',
      insuredRegion: '420100',
      insuranceType: 'employee',
      filingType: 'temporary',
      destination: '110105',
      startDate: todayInShanghai(new Date()),
      commitment: { accepted: true },
    },
  })
}

const main = async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yidi-profile-'))
  const store = openLocalStore({ dataDir, backgroundCheckpoints: true })
  const { ports } = store
  for (const name of ['filings', 'files', 'idNumbers', 'ids'] as const) timed(name, ports[name])
  const step = <T>(name: string, run: () => T): T => {
    const started = process.hrtime.bigint()
    const result = run()
    add(name, process.hrtime.bigint() - started)
    return result
  }
  for (let k = 0; k < 32; k++)
    await prepareIdentity(
      (caller, name, event) => runFunction(name, event, caller, ports),
      `profile-${k}`,
      'filing',
      JSON.parse(body(k)),
    )
  for (let n = 0; n < REQUESTS + 500; n++) {
    if (n === 500) spent.clear() // warm-up: JIT, prepared statements
    const text = body(n)
    const started = process.hrtime.bigint()
    const cpu = process.cpuUsage()
    const answer = await runFunction('filing', JSON.parse(text), `profile-${n % 32}`, ports)
    JSON.stringify(answer)
    add(WHOLE, process.hrtime.bigint() - started)
    const used = process.cpuUsage(cpu)
    add(CPU, BigInt((used.user + used.system) * 1000))
    const parsed = step('  parse alone: zod filingEventSchema', () =>
      parseInput(filingEventSchema, JSON.parse(text)),
    )
    if (parsed.ok && parsed.value.action === 'submit') {
      const { draft } = parsed.value
      step('  rules alone: planSubmission', () => planSubmission(draft, todayInShanghai(new Date())))
    }
  }
  const whole = spent.get(WHOLE)!
  console.log(`filing.submit in process, ${REQUESTS} calls after 500 warm-up, µs per call:`)
  for (const [name, ns] of [...spent].sort((a, b) => b[1] - a[1]))
    console.log(
      `${(ns / REQUESTS / 1000).toFixed(1).padStart(7)}  ${((100 * ns) / whole).toFixed(0).padStart(3)} %  ${name}`,
    )
  await store.close()
  rmSync(dataDir, { recursive: true, force: true })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
