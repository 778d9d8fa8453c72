/**
 * @jest-environment ./test/app/jsdom-node-fetch-environment.js
 */
// The mini-program built for a self-hosted server (API_BASE_URL) under miniprogram-simulate: on a filing that
// owes its proof (承诺补充), a photo is sent with wx.uploadFile to the production runtime's /api/upload with the
// session's bearer header, recorded as the signed-in WeChat account's, and attached. A token the server no
// longer accepts is replaced once and the photo sent again.
import { todayInShanghai } from '@shared/time/calendar'
import { dataOf, JPEG, jilinWorker } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { SELF_HOSTED_BUILD, selfHosted } from './weapp-self-hosted'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const WX_OPENID = 'oWx-self-hosted-02'
const PHOTO = 'wxfile://tmp/residence-proof.jpg'
let server: Awaited<ReturnType<typeof selfHosted>>
let page: Rendered
let filingId: string
const bodyText = () => page.dom.textContent ?? ''
const uploads = () => server.phone.sent.filter((request) => request.api === 'uploadFile')
const ownerOfFiles = () =>
  server.store.db.prepare('SELECT id, owner FROM files').all() as { id: string; owner: string }[]

beforeAll(async () => {
  server = await selfHosted()
  const filed = await server.store.call(
    'filing',
    {
      action: 'submit',
      draft: jilinWorker(41, { startDate: todayInShanghai(server.store.clock.now()) }),
      idempotencyKey: 'weapp-self-hosted-upload-1',
    },
    WX_OPENID,
  )
  filingId = dataOf('filing.submit', filed).filingId
  server.stub.codes.set('code-1', WX_OPENID)
  server.phone.codes.push('code-1')
  // Each photo its own bytes: a filing refuses the same file twice.
  server.phone.files.set(PHOTO, Buffer.concat([JPEG, Buffer.from('residence proof')]))
  page = renderPage(
    'pages/filings/detail/index',
    {
      ...server.phone.wx,
      chooseMedia: () =>
        Promise.resolve({
          tempFiles: [{ tempFilePath: PHOTO, size: server.phone.files.get(PHOTO)?.length }],
        }),
      compressImage: ({ src, success }: { src: string; success?: (result: object) => void }) =>
        success?.({ tempFilePath: src, errMsg: 'compressImage:ok' }),
      getFileSystemManager: () => ({
        getFileInfo: ({ filePath, success }: { filePath: string; success: (info: object) => void }) =>
          success({ size: server.phone.files.get(filePath)?.length ?? 0, digest: filePath }),
      }),
    },
    { id: filingId },
    SELF_HOSTED_BUILD,
  )
  await waitFor(() => bodyText().includes('补充材料') && bodyText().includes('拍照或选择照片'), 15_000)
}, BUILD_TIMEOUT_MS)

afterAll(() => server.close())

test('the photo reaches the server with the bearer token, as the signed-in account’s, and is attached', async () => {
  // The session the page opened with is no longer good (the server's secret changed, say).
  server.phone.storage.set('yidi.session-token', 'eyJzdWIiOiJ4In0.not-a-signature')
  server.stub.codes.set('code-2', WX_OPENID)
  server.phone.codes.push('code-2')
  byText(page, '.tap', '＋ 拍照或选择照片').dispatchEvent('tap')
  await waitFor(() => texts(page, '.uploader').some((text) => text.includes('已上传 1 份')), 15_000)
  const [refused, sent] = uploads()
  expect(refused).toMatchObject({ method: 'POST', path: '/api/upload' })
  expect(refused.authorization).toBe('Bearer eyJzdWIiOiJ4In0.not-a-signature')
  expect(sent.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+$/)
  expect(sent.authorization).not.toBe(refused.authorization)
  expect(uploads()).toHaveLength(2)
  expect(ownerOfFiles()).toEqual([expect.objectContaining({ owner: WX_OPENID })])

  byText(page, '.tap', '提交补充材料').dispatchEvent('tap')
  await waitFor(() => !bodyText().includes('提交补充材料'), 15_000)
  const filing = await server.store.ports.filings.get(filingId)
  expect(filing?.materials.map((material) => material.fileID)).toContain(ownerOfFiles()[0].id)
})
