import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { draft } from './support'

const root = path.resolve(__dirname, '..', '..')
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

let child: ChildProcess
let output = ''
let dataDir: string
let base: string

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'yidi-start-'))
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['server/runtime/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      BUILD_H5: '0',
      DATA_KEY: '',
      NODE_ENV: 'test',
    },
  })
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  for (let attempt = 0; attempt < 150; attempt++) {
    const healthy = await fetch(`${base}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (healthy) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`server did not start:\n${output}`)
})

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

test('npm start serves the functions with no Tencent account, keeping its key file private', async () => {
  const response = await fetch(`${base}/api/fn/filing`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': 'start-test' },
    body: JSON.stringify({
      action: 'submit',
      draft: draft({ startDate: todayInShanghai() }),
      idempotencyKey: 'start-key-1',
    }),
  })
  expect(response.status).toBe(200)
  expect(statSync(path.join(dataDir, 'data.key')).mode & 0o777).toBe(0o600)
  for (let attempt = 0; attempt < 20 && !/filing\.submit/.test(output); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 50))
  const line = output.split('\n').find((text) => text.includes('filing.submit'))
  expect(JSON.parse(line ?? '{}')).toMatchObject({ method: 'POST', path: '/api/fn/filing', status: 200 })
  expect(output).not.toMatch(/张三|420105/)
})

test('SIGTERM finishes in-flight requests, closes the database and exits 0', async () => {
  const inFlight = fetch(`${base}/api/fn/filing`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': 'start-test' },
    body: JSON.stringify({ action: 'list' }),
  })
  child.kill('SIGTERM')
  expect((await inFlight).status).toBe(200)
  const code = await new Promise((resolve) => child.once('exit', resolve))
  expect(code).toBe(0)
  expect(output).toMatch(/database closed/)
})

const todayInShanghai = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
