import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { todayInShanghai } from '@shared/time/calendar'
import Database from 'libsql'
import { openLocalStore } from '../../server/runtime/local-store'
import { callOver, NODE_WITH_TSX, ROOT, type ServerProcess, startServer, waitFor } from './server-process'
import { draft, idNumber, JPEG } from './support'

let work: string
let server: ServerProcess | undefined
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'yidi-backup-'))
})
afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL')
  rmSync(work, { recursive: true, force: true })
})

const command = (script: string, args: string[], env: Record<string, string>) => {
  const [node, ...loader] = NODE_WITH_TSX
  const child = spawn(node, [...loader, script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_KEY: '', ...env },
  })
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  )
}

const uploadOver = async (base: string, bytes: Buffer, openid: string) => {
  const form = new FormData()
  form.append('file', new Blob([bytes]), 'proof.jpg')
  const response = await fetch(`${base}/api/upload`, {
    method: 'POST',
    headers: { 'X-Openid': openid },
    body: form,
  })
  return response.ok ? ((await response.json()).data.fileID as string) : undefined
}

const rows = (dataDir: string, sql: string) => {
  const db = new Database(path.join(dataDir, 'yidi.sqlite'), { readonly: true })
  const all = db.prepare(sql).all() as Record<string, unknown>[]
  db.close()
  return all.map(({ _metadata, ...row }) => row)
}

test('a backup taken under write load restores into a fresh directory with every record and every file byte for byte', async () => {
  const live = path.join(work, 'live')
  server = await startServer(live)
  const uploaded = new Map<string, Buffer>()
  const acknowledgedAt = new Map<string, number>()
  let backingUp = true
  const writer = async (w: number) => {
    for (let n = 0; backingUp; n++) {
      const bytes = Buffer.concat([JPEG, randomBytes(2000 + n)])
      const fileID = await uploadOver(server!.base, bytes, `backup-user-${w}`)
      if (fileID) uploaded.set(fileID, bytes)
      const answer = await callOver(
        server!.base,
        'filing',
        {
          action: 'submit',
          idempotencyKey: `backup-${w}-${n}`,
          draft: draft({
            filingType: 'temporary',
            startDate: todayInShanghai(new Date()),
            insured: {
              name: '李𬌗',
              idNumber: idNumber('420105', (w * 100 + n) % 1000),
              phone: '13800138000',
            },
            ...(fileID ? { materials: [{ kind: 'residence_proof', fileID }] } : {}),
          }),
        },
        `backup-user-${w}`,
      )
      if (answer?.status === 200) acknowledgedAt.set(answer.body.data.filingId, Date.now())
    }
  }
  const writing = Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)))
  await waitFor(
    () => acknowledgedAt.size >= 50,
    () => `${acknowledgedAt.size} filings`,
  )
  const startedAt = Date.now()
  const taken = await command('scripts/backup.ts', ['--to', path.join(work, 'backups')], { DATA_DIR: live })
  const endedAt = Date.now()
  backingUp = false
  await writing
  expect(taken.code).toBe(0)
  const during = [...acknowledgedAt.values()].filter((at) => at > startedAt && at < endedAt)
  expect(during.length).toBeGreaterThan(0) // the server kept writing while the backup ran
  server.child.kill('SIGTERM')
  await server.exited

  const [folder] = readdirSync(path.join(work, 'backups')).map((name) => path.join(work, 'backups', name))
  const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'))
  expect(manifest.idNumberKey).toMatchObject({
    included: false,
    note: expect.stringMatching(/NOT in this backup/),
  })
  expect(existsSync(path.join(folder, 'data.key'))).toBe(false)
  expect(taken.output).toMatch(/NOT in this backup/)

  const fresh = path.join(work, 'restored')
  const keyless = await command('scripts/restore.ts', [folder], { DATA_DIR: fresh })
  expect(keyless).toMatchObject({ code: 1, output: expect.stringMatching(/sealed with key .*--key-file/) })
  expect(existsSync(fresh)).toBe(false)
  const restored = await command('scripts/restore.ts', [folder, '--key-file', path.join(live, 'data.key')], {
    DATA_DIR: fresh,
  })
  expect(restored.code).toBe(0)

  // Every filing acknowledged before the backup began is there; whatever is there is exactly as it was live.
  const liveDocs = new Map(rows(live, 'SELECT id, doc FROM filings').map((row) => [row.id, row.doc]))
  const restoredDocs = new Map(rows(fresh, 'SELECT id, doc FROM filings').map((row) => [row.id, row.doc]))
  for (const [filingId, at] of acknowledgedAt)
    if (at < startedAt) expect(restoredDocs.has(filingId)).toBe(true)
  for (const [filingId, doc] of restoredDocs) expect(doc).toBe(liveDocs.get(filingId))
  expect(restoredDocs.size).toBe(manifest.counts.filings)

  const store = openLocalStore({ dataDir: fresh })
  const files = rows(fresh, 'SELECT id FROM files').map((row) => row.id as string)
  expect(files.length).toBe(manifest.uploads.count)
  for (const fileID of files)
    expect((await store.ports.files.read(fileID))?.bytes).toEqual(uploaded.get(fileID))
  const attached = rows(fresh, "SELECT json_extract(doc, '$.materials[0].fileID') AS fileID FROM filings")
  for (const { fileID } of attached) expect(files).toContain(fileID)
  const [one] = rows(fresh, 'SELECT id FROM filings WHERE id IN (SELECT id FROM filings LIMIT 1)')
  const record = (await store.ports.filings.get(one.id as string))!
  expect(store.ports.idNumbers.open(record.insured.idNumberSealed)).toMatch(/^420105/)
  expect(record.insured.name).toBe('李𬌗')
  await store.close()

  // A damaged copy is refused before anything is written.
  const [upload] = manifest.uploads.files
  writeFileSync(path.join(folder, upload.path), Buffer.from('damaged'))
  const elsewhere = path.join(work, 'again')
  const damaged = await command('scripts/restore.ts', [folder, '--key-file', path.join(live, 'data.key')], {
    DATA_DIR: elsewhere,
  })
  expect(damaged).toMatchObject({ code: 1, output: expect.stringMatching(/does not match the manifest/) })
  expect(existsSync(elsewhere)).toBe(false)
  // Real server processes under write load: half a minute alone, more on a busy shared machine.
}, 120_000)
