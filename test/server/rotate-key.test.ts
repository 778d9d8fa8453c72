import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'libsql'
import { keyIdOf } from '../../server/adapters/crypto/id-numbers.aes'
import { runFunction } from '../../server/functions/run'
import { openLocalStore } from '../../server/runtime/local-store'
import { fixedClock } from './fixed-clock'
import { NODE_WITH_TSX, ROOT, startServer, waitFor } from './server-process'
import { dataOf, draft, errorOf, idNumber } from './support'

const FILINGS = 3000
const LONG_TERM = idNumber('420106', 1)
let dataDir: string
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yidi-rotate-'))
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

const rotate = (args: string[] = [], env: Record<string, string> = {}) => {
  const [node, ...loader] = NODE_WITH_TSX
  const child = spawn(node, [...loader, 'scripts/rotate-key.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATA_KEY: '', NEW_DATA_KEY: '', ...env },
  })
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

const open = (dataKey?: string) =>
  openLocalStore({ dataDir, dataKey, clock: fixedClock('2026-05-01T02:00:00.000Z') })

const submit = (store: ReturnType<typeof open>, n: number, person: string, filingType = 'temporary') =>
  runFunction(
    'filing',
    {
      action: 'submit',
      idempotencyKey: `rotate-key-${n}`,
      draft: draft({
        filingType: filingType as 'temporary',
        insured: { name: '张三', idNumber: person, phone: '13800138000' },
      }),
    },
    'rotate-user',
    store.ports,
  )

/** FILINGS filings of distinct people (an identical active filing is refused), the first holding a long-term lock; returns each filing's ID number. */
const fill = async (dataKey?: string, count = FILINGS) => {
  const store = open(dataKey)
  const numbers = new Map<string, string>()
  for (let n = 0; n < count; n++) {
    const person = n === 0 ? LONG_TERM : idNumber(String(110101 + (n % 8)), Math.floor(n / 8))
    const filing = dataOf(
      'filing.submit',
      await submit(store, n, person, n === 0 ? 'long_term_resident' : 'temporary'),
    )
    numbers.set(filing.filingId, person)
  }
  await store.close()
  return numbers
}

const sealedUnder = (keyId: string) => {
  const db = new Database(path.join(dataDir, 'yidi.sqlite'), { readonly: true })
  const row = db
    .prepare("SELECT COUNT(*) AS n FROM filings WHERE json_extract(doc, '$.insured.idNumberSealed') LIKE ?")
    .get(`v2:${keyId}:%`) as { n: number }
  db.close()
  return row.n
}

/** Every number opens under the store's key, and the long-term lock still knows its person. */
const expectAllUnder = async (numbers: Map<string, string>, dataKey?: string) => {
  const store = open(dataKey)
  expect(sealedUnder(store.ports.idNumbers.keyId)).toBe(numbers.size)
  for (const [filingId, person] of numbers) {
    const record = (await store.ports.filings.get(filingId))!
    expect(store.ports.idNumbers.open(record.insured.idNumberSealed)).toBe(person)
  }
  expect(errorOf(await submit(store, FILINGS + 1, LONG_TERM, 'long_term_resident')).code).toBe('CONFLICT')
  await store.close()
}

test('rotate-key killed half-way keeps the server from starting, and finishes when run again', async () => {
  const numbers = await fill()
  const oldKey = readFileSync(path.join(dataDir, 'data.key'), 'utf8')

  const first = rotate(['--batch', '5'])
  await waitFor(
    () => /filings: \d+\/\d+ checked/.test(first.output()),
    () => `no progress: ${first.output()}`,
  )
  first.child.kill('SIGKILL')
  await first.exited
  const newKeyId = keyIdOf(Buffer.from(readFileSync(path.join(dataDir, 'data.key.next'), 'utf8').trim()))
  const resealed = sealedUnder(newKeyId)
  expect(resealed).toBeGreaterThan(0)
  expect(resealed).toBeLessThan(FILINGS)
  expect(() => open()).toThrow(/key rotation is unfinished/)

  const second = rotate()
  expect(await second.exited).toBe(0)
  expect(second.output()).toMatch(/resuming/)
  expect(second.output()).toMatch(
    new RegExp(`re-sealed ${FILINGS - resealed} ID numbers under key ${newKeyId}`),
  )
  expect(readFileSync(path.join(dataDir, 'data.key'), 'utf8')).not.toBe(oldKey)
  expect(readFileSync(path.join(dataDir, `data.key.retired-${keyIdOf(Buffer.from(oldKey))}`), 'utf8')).toBe(
    oldKey,
  )
  expect(existsSync(path.join(dataDir, 'data.key.next'))).toBe(false)
  await expectAllUnder(numbers)
}, 90_000) // 3000 submits and a rotation: about 15 s alone, more on a loaded machine (npm run bench:submit)

test('with DATA_KEY the new key comes from NEW_DATA_KEY, and the old key no longer opens the store', async () => {
  const [oldKey, newKey] = ['o'.repeat(40), 'n'.repeat(40)]
  const numbers = await fill(oldKey, 200)
  const done = rotate([], { DATA_KEY: oldKey, NEW_DATA_KEY: newKey })
  expect(await done.exited).toBe(0)
  expect(() => open(oldKey)).toThrow(/is not the key of the ID numbers/)
  await expectAllUnder(numbers, newKey)
})

test('rotate-key and a second server refuse while a server runs on the directory, and change nothing', async () => {
  const numbers = await fill(undefined, 20)
  const server = await startServer(dataDir)
  const refused = rotate()
  expect(await refused.exited).toBe(1)
  expect(refused.output()).toMatch(/a server \(pid \d+\) is running .*stop it first/)
  await expect(startServer(dataDir)).rejects.toThrow(/another server \(pid \d+\) is running/)
  server.child.kill('SIGTERM')
  expect(await server.exited).toBe(0)
  expect(existsSync(path.join(dataDir, 'data.key.next'))).toBe(false)
  await expectAllUnder(numbers)
})
