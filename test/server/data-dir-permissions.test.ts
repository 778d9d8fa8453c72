// Personal data on disk is readable by the server's account only: DATA_DIR 0700, every SQLite file and upload
// 0600; an operator's existing, looser folder is named in a warning at start.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ServerProcess, startServer, waitFor } from './server-process'
import { JPEG } from './support'

let parent: string
let server: ServerProcess | undefined
beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'yidi-perm-'))
})
afterEach(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGKILL')
    await server.exited
  }
  server = undefined
  rmSync(parent, { recursive: true, force: true })
})

const modeOf = (file: string) => statSync(file).mode & 0o777

test('a DATA_DIR the server creates is 0700, the database, its WAL and uploads 0600', async () => {
  const dataDir = path.join(parent, 'data')
  server = await startServer(dataDir, { DATA_KEY: '' })
  const form = new FormData()
  form.append('file', new Blob([JPEG]), 'proof.jpg')
  const uploaded = await fetch(`${server.base}/api/upload`, {
    method: 'POST',
    headers: { 'X-Openid': 'perm-test' },
    body: form,
  })
  expect(uploaded.status).toBe(200)
  expect(modeOf(dataDir)).toBe(0o700)
  const files = readdirSync(dataDir, { recursive: true, withFileTypes: true })
  const sqlite = files.filter((entry) => entry.name.startsWith('yidi.sqlite')).map((entry) => entry.name)
  expect(sqlite).toEqual(expect.arrayContaining(['yidi.sqlite', 'yidi.sqlite-wal', 'yidi.sqlite-shm']))
  for (const entry of files) {
    const full = path.join(entry.parentPath, entry.name)
    expect([entry.name, modeOf(full)]).toEqual([entry.name, entry.isDirectory() ? 0o700 : 0o600])
  }
  expect(server.output()).not.toMatch(/warning: DATA_DIR/)
})

test('an existing DATA_DIR readable by others is named in a warning at start', async () => {
  const dataDir = path.join(parent, 'shared-data')
  mkdirSync(dataDir)
  chmodSync(dataDir, 0o755)
  server = await startServer(dataDir, { DATA_KEY: '' })
  const current = server
  await waitFor(
    () => /warning: DATA_DIR .*shared-data is mode 755/.test(current.output()),
    () => current.output(),
  )
  expect(modeOf(path.join(dataDir, 'yidi.sqlite'))).toBe(0o600)
})
