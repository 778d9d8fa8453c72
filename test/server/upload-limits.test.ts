// Uploads are refused from their headers when the headers already say the answer (over the size limit, over the
// day's quota), so such a body is never read into memory; uploads arriving at once are bounded per caller and
// overall with 429 and Retry-After. Each refusal arrives while the client has sent only the start of its body.
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MAX_UPLOAD_BYTES } from '@shared/policy/uploads'
import { createHttpRuntime } from '../../server/runtime/http-runtime'
import { waitFor } from './server-process'
import { ALICE, BOB, JPEG, type TempStore, tempStore } from './support'

const MB = 1024 * 1024
let store: TempStore
let base: string
let server: ReturnType<typeof createHttpRuntime>
const open: { destroy(): void }[] = []

const serve = async (options: Partial<Parameters<typeof createHttpRuntime>[0]> = {}) => {
  server = createHttpRuntime({
    ports: store.ports,
    production: false,
    healthy: () => true,
    log: () => {},
    ...options,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeEach(() => {
  store = tempStore()
})
afterEach(async () => {
  for (const request of open.splice(0)) request.destroy()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await store.dispose()
})

interface Answer {
  status: number
  retryAfter?: string
  body: { ok: boolean; error?: { code: string; message: string } }
}

/** An upload declaring `declared` bytes of which only the first 16 KB are ever sent. */
const startUpload = (openid: string, declared: number) => {
  const request = httpRequest(`${base}/api/upload`, {
    method: 'POST',
    headers: {
      'X-Openid': openid,
      'Content-Type': 'multipart/form-data; boundary=----limit',
      'Content-Length': declared,
    },
  })
  open.push(request)
  request.on('error', () => {})
  const answer = new Promise<Answer>((resolve) =>
    request.on('response', (response) => {
      let text = ''
      response.on('data', (chunk) => {
        text += chunk
      })
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          retryAfter: response.headers['retry-after'] as string | undefined,
          body: JSON.parse(text),
        }),
      )
    }),
  )
  request.write(
    Buffer.concat([
      Buffer.from(
        '------limit\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n',
      ),
      JPEG,
      Buffer.alloc(16 * 1024, 7),
    ]),
  )
  return { answer, destroy: () => request.destroy() }
}

const uploadWhole = async (bytes: Buffer, openid = ALICE) => {
  const form = new FormData()
  form.append('file', new Blob([bytes]), 'proof.jpg')
  const response = await fetch(`${base}/api/upload`, {
    method: 'POST',
    headers: { 'X-Openid': openid },
    body: form,
  })
  return { status: response.status, body: await response.json() }
}

const photo = (bytes: number) => Buffer.concat([JPEG, Buffer.alloc(bytes - JPEG.length, 7)])

describe('refused from the headers, before the body arrives', () => {
  test('a body declared past the size limit: 413 in Chinese', async () => {
    await serve()
    const { answer } = startUpload(ALICE, 50 * MB)
    expect(await answer).toMatchObject({
      status: 413,
      body: { error: { code: 'TOO_LARGE', message: '文件不能超过 10 MB' } },
    })
  })

  test('past the bytes of the day: 429 with the quota message, nothing stored', async () => {
    await serve({ uploadQuota: { filesPerDay: 100, bytesPerDay: 2 * MB } })
    const { answer } = startUpload(ALICE, 5 * MB)
    const refused = await answer
    expect(refused).toMatchObject({ status: 429, body: { error: { code: 'RATE_LIMITED' } } })
    expect(refused.body.error?.message).toContain('本文件会超过每日 2 MB 的上限')
    expect(store.count('files')).toBe(0)
  })

  test('past the files of the day: 429 before the next body', async () => {
    await serve({ uploadQuota: { filesPerDay: 1, bytesPerDay: 100 * MB } })
    expect((await uploadWhole(photo(1024))).status).toBe(200)
    const refused = await startUpload(ALICE, 5 * MB).answer
    expect(refused.status).toBe(429)
    expect(refused.body.error?.message).toContain('上传文件今天已达 1 个的上限')
  })
})

describe('uploads in flight are bounded per caller and overall', () => {
  test('429 with Retry-After past either bound; a freed place lets the next one through', async () => {
    await serve({ uploadSlots: { perCaller: 2, overall: 3 } })
    const held = [startUpload(ALICE, 5 * MB), startUpload(ALICE, 5 * MB)]
    // Once both are arriving (their bodies unfinished), a third of Alice's is refused at once.
    const refusedNow = (openid: string) => async () =>
      (await startUpload(openid, 5 * MB).answer).status === 429
    await waitFor(refusedNow(ALICE), () => 'a third upload of one caller was not refused')
    const third = await startUpload(ALICE, 5 * MB).answer
    expect(third).toMatchObject({ status: 429, retryAfter: '5', body: { error: { code: 'RATE_LIMITED' } } })
    expect(third.body.error?.message).toMatch(/正在上传的文件较多/)

    // Bob has a place of his own; with his upload arriving too, the server is full for anyone.
    const bobs = startUpload(BOB, 5 * MB)
    await waitFor(refusedNow('openid-carol'), () => 'the overall bound did not hold')

    for (const upload of [...held, bobs]) upload.destroy()
    await waitFor(
      async () => (await uploadWhole(photo(1024))).status === 200,
      () => 'a place was never freed after the held uploads went away',
    )
  })
})

describe('the size limit and its words agree', () => {
  test.each([
    ['exactly 10 MB is accepted', MAX_UPLOAD_BYTES, 200],
    ['one byte more is refused', MAX_UPLOAD_BYTES + 1, 413],
  ])('%s', async (_, bytes, status) => {
    await serve()
    const answer = await uploadWhole(photo(bytes))
    expect(answer.status).toBe(status)
    if (status === 413) expect(answer.body.error.message).toBe('文件不能超过 10 MB')
  })
})
