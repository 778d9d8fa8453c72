import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { createHttpRuntime } from '../../server/runtime/http-runtime'
import { type TempStore, tempStore } from './support'

let store: TempStore
let server: ReturnType<typeof createHttpRuntime>
let port: number
const root = mkdtempSync(path.join(tmpdir(), 'yidi-static-'))
const SCRIPT = `console.log(${JSON.stringify('异地就医'.repeat(2000))})`

beforeAll(async () => {
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>异地就医</title>')
  writeFileSync(path.join(root, 'app.0123abcd.js'), SCRIPT)
  store = tempStore()
  server = createHttpRuntime({
    ports: store.ports,
    staticDir: () => root,
    production: false,
    healthy: () => true,
    log: () => {},
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await store.dispose()
  rmSync(root, { recursive: true, force: true })
})

const get = (urlPath: string, headers: Record<string, string> = {}) =>
  new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: urlPath, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })

test('a phone that accepts gzip gets the app compressed (a weak link carries a third of the bytes)', async () => {
  const answer = await get('/app.0123abcd.js', { 'Accept-Encoding': 'gzip, deflate' })
  expect(answer.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(answer.body).toString()).toBe(SCRIPT)
  expect(answer.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 3)
  expect(answer.headers['cache-control']).toContain('immutable')
})

test('a client that does not ask for gzip gets the file as it is', async () => {
  const answer = await get('/app.0123abcd.js')
  expect(answer.headers['content-encoding']).toBeUndefined()
  expect(answer.body.toString()).toBe(SCRIPT)
})
