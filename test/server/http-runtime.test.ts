import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHttpRuntime } from '../../server/runtime/http-runtime'
import { ALICE, BOB, draft, JPEG, PDF, STAFF, type TempStore, tempStore } from './support'

let store: TempStore
let base: string
let server: ReturnType<typeof createHttpRuntime>

beforeAll(async () => {
  store = tempStore()
  server = createHttpRuntime({
    ports: store.ports,
    production: false,
    healthy: () => true,
    log: () => {},
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  store.dispose()
})

const fn = async (name: string, event: unknown, openid: string | null = ALICE) => {
  const response = await fetch(`${base}/api/fn/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(openid ? { 'X-Openid': openid } : {}) },
    body: typeof event === 'string' ? event : JSON.stringify(event),
  })
  return { status: response.status, body: await response.json() }
}

const uploadBytes = async (bytes: Buffer, openid: string | null = ALICE, filename = 'photo.jpg') => {
  const form = new FormData()
  form.append('purpose', 'residence_proof')
  form.append('file', new Blob([bytes]), filename)
  const response = await fetch(`${base}/api/upload`, {
    method: 'POST',
    headers: openid ? { 'X-Openid': openid } : {},
    body: form,
  })
  return { status: response.status, body: await response.json() }
}

describe('functions over HTTP', () => {
  test('a filing journey: submit, list, get', async () => {
    const submitted = await fn('filing', {
      action: 'submit',
      draft: draft(),
      idempotencyKey: 'http-key-0001',
    })
    expect(submitted.status).toBe(200)
    const { filingId } = submitted.body.data
    expect((await fn('filing', { action: 'list' })).body.data.items).toHaveLength(1)
    expect((await fn('filing', { action: 'get', filingId })).status).toBe(200)
    expect((await fn('filing', { action: 'get', filingId }, BOB)).status).toBe(404)
  })

  test.each([
    ['no identity', 'filing', { action: 'list' }, null, 401, 'UNAUTHENTICATED'],
    ['bad input', 'filing', { action: 'get' }, ALICE, 400, 'VALIDATION'],
    ['not JSON', 'filing', '{"action":', ALICE, 400, 'VALIDATION'],
    ['unknown function', 'nope', { action: 'list' }, ALICE, 404, 'NOT_FOUND'],
    ['staff only', 'staff', { action: 'queue', kind: 'claim' }, ALICE, 403, 'FORBIDDEN'],
    [
      'policy refusal',
      'filing',
      { action: 'quote', draft: draft({ destination: '420102' }) },
      ALICE,
      422,
      'POLICY.SAME_REGION',
    ],
    ['illegal openid header', 'filing', { action: 'list' }, '../../x', 401, 'UNAUTHENTICATED'],
  ])('%s → HTTP %s', async (_, name, event, openid, status, code) => {
    const answer = await fn(name, event, openid)
    expect(answer.status).toBe(status)
    expect(answer.body.error.code).toBe(code)
  })

  test('a body over 1 MB is refused with 413 and nothing written', async () => {
    const before = store.count('filings')
    const answer = await fn('filing', JSON.stringify({ action: 'list', pad: 'x'.repeat(1024 * 1024 + 10) }))
    expect(answer.status).toBe(413)
    expect(answer.body.error.code).toBe('TOO_LARGE')
    expect(store.count('filings')).toBe(before)
  })

  test('healthz answers 200 while the store is open', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
  })
})

describe('uploads', () => {
  test('a JPEG is accepted and served to its owner and staff only', async () => {
    const saved = await uploadBytes(JPEG)
    expect(saved.status).toBe(200)
    const { fileID } = saved.body.data
    const get = (openid: string | null) =>
      fetch(`${base}/api/files/${fileID}`, { headers: openid ? { 'X-Openid': openid } : {} })
    const own = await get(ALICE)
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await own.arrayBuffer())).toEqual(JPEG)
    expect((await get(STAFF)).status).toBe(200)
    expect((await get(BOB)).status).toBe(404)
    expect((await get(null)).status).toBe(401)
    const row = store.db.prepare('SELECT sha256, size FROM files WHERE id = ?').get(fileID) as {
      size: number
    }
    expect(row).toMatchObject({ size: JPEG.length })
  })

  test('a PDF is accepted', async () => {
    expect((await uploadBytes(PDF, ALICE, 'a.pdf')).status).toBe(200)
  })

  test.each([
    ['HTML named .jpg', Buffer.from('<html><script>alert(1)</script></html>')],
    ['an executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
    ['a GIF', Buffer.from('GIF89a....')],
  ])('%s is refused with 415', async (_, bytes) => {
    const answer = await uploadBytes(bytes)
    expect(answer.status).toBe(415)
    expect(answer.body.error.code).toBe('FILE.TYPE_NOT_ALLOWED')
  })

  test('a file over 10 MB is refused with 413', async () => {
    const big = Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)])
    const answer = await uploadBytes(big)
    expect(answer.status).toBe(413)
    expect(answer.body.error.code).toBe('TOO_LARGE')
  })

  test('a path in the file name goes nowhere: the server names files itself', async () => {
    const answer = await uploadBytes(JPEG, ALICE, '../../../etc/passwd')
    expect(answer.body.data.fileID).toMatch(/^f_[0-9a-f]{32}$/)
  })

  test.each(['..%2F..%2Fyidi.sqlite', '..%2Fdata.key', '%2Fetc%2Fpasswd', 'f_..', '..'])(
    'GET /api/files/%s is NOT_FOUND',
    async (fileID) => {
      const response = await fetch(`${base}/api/files/${fileID}`, { headers: { 'X-Openid': ALICE } })
      expect(response.status).toBe(404)
    },
  )

  test('upload without identity is 401', async () => {
    expect((await uploadBytes(JPEG, null)).status).toBe(401)
  })
})

describe('production mode', () => {
  test('header identity is refused', async () => {
    const prod = createHttpRuntime({
      ports: store.ports,
      production: true,
      healthy: () => true,
      log: () => {},
    })
    await new Promise<void>((resolve) => prod.listen(0, '127.0.0.1', resolve))
    const response = await fetch(`http://127.0.0.1:${(prod.address() as AddressInfo).port}/api/fn/filing`, {
      method: 'POST',
      headers: { 'X-Openid': ALICE, 'Content-Type': 'application/json' },
      body: '{"action":"list"}',
    })
    expect(response.status).toBe(401)
    await new Promise((resolve) => prod.close(resolve))
  })
})

describe('rate limit', () => {
  let limited: ReturnType<typeof createHttpRuntime>
  let limitedBase: string
  let now = 0

  beforeAll(async () => {
    limited = createHttpRuntime({
      ports: store.ports,
      production: false,
      healthy: () => true,
      log: () => {},
      rateLimit: { capacity: 3, perSecond: 1, now: () => now },
    })
    await new Promise<void>((resolve) => limited.listen(0, '127.0.0.1', resolve))
    limitedBase = `http://127.0.0.1:${(limited.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => limited.close(resolve)))

  const hot = async (openid: string) => {
    const response = await fetch(`${limitedBase}/api/fn/faq`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Openid': openid },
      body: JSON.stringify({ action: 'hot' }),
    })
    return { status: response.status, body: await response.json() }
  }

  test('a caller past the burst gets 429 RATE_LIMITED in Chinese; others and the refilled caller go on', async () => {
    for (let i = 0; i < 3; i++) expect((await hot(ALICE)).status).toBe(200)
    const refused = await hot(ALICE)
    expect(refused).toEqual({
      status: 429,
      body: { ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' } },
    })
    expect((await hot(BOB)).status).toBe(200)
    now += 1000
    expect((await hot(ALICE)).status).toBe(200)
  })
})

describe('a 30 MB upload, as a person might pick a video by mistake', () => {
  /** Streams the whole body the way a browser does and reads the answer only after the last byte. */
  const streamUpload = (bytes: number) =>
    new Promise<{ status: number; body: { error: { code: string; message: string } } }>((resolve, reject) => {
      const boundary = 'yidi-test-boundary'
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="video.mp4"\r\n\r\n`,
      )
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
      const request = httpRequest(`${base}/api/upload`, {
        method: 'POST',
        headers: {
          'X-Openid': ALICE,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': head.length + bytes + tail.length,
        },
      })
      request.on('response', (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => {
          text += chunk
        })
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }))
      })
      request.on('error', reject)
      request.write(head)
      const megabyte = Buffer.alloc(1024 * 1024, 0x41)
      for (let sent = 0; sent < bytes; sent += megabyte.length) request.write(megabyte)
      request.end(tail)
    })

  test('gets a readable 413 that says 10 MB, not a dropped connection', async () => {
    const answer = await streamUpload(30 * 1024 * 1024)
    expect(answer.status).toBe(413)
    expect(answer.body.error).toEqual({ code: 'TOO_LARGE', message: '文件不能超过 10 MB', path: 'file' })
  })
})
