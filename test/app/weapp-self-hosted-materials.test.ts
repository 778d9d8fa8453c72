/**
 * @jest-environment ./test/app/jsdom-node-fetch-environment.js
 */
// The mini-program built for a self-hosted server (API_BASE_URL) under miniprogram-simulate: the staff review page
// shows a filing's materials from the production runtime's /api/files links. WeChat's <image> cannot send a
// header, so each file is fetched with wx.downloadFile and the session's bearer token and shown from the phone.
import { todayInShanghai } from '@shared/time/calendar'
import { dataOf, JPEG, jilinWorker, PDF, STAFF, upload } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { SELF_HOSTED_BUILD, selfHosted } from './weapp-self-hosted'
import { byText, type Rendered, renderPage, waitFor } from './weapp-sim'

const OWNER = 'oWx-self-hosted-owner'
let server: Awaited<ReturnType<typeof selfHosted>>
let page: Rendered
const opened: string[] = []
const bodyText = () => page.dom.textContent ?? ''
const downloads = () => server.phone.sent.filter((request) => request.api === 'downloadFile')

beforeAll(async () => {
  server = await selfHosted()
  const photo = await upload(server.store, OWNER, JPEG)
  const pdf = await upload(server.store, OWNER, PDF)
  const filed = await server.store.call(
    'filing',
    {
      action: 'submit',
      draft: jilinWorker(42, {
        startDate: todayInShanghai(server.store.clock.now()),
        materials: [
          { kind: 'other', fileID: photo },
          { kind: 'other', fileID: pdf },
        ],
      }),
      idempotencyKey: 'weapp-self-hosted-materials-1',
    },
    OWNER,
  )
  server.stub.codes.set('code-staff', STAFF)
  server.phone.codes.push('code-staff')
  page = renderPage(
    'packages/staff/pages/review/index',
    {
      ...server.phone.wx,
      openDocument: ({ filePath, success }: { filePath: string; success?: (result: object) => void }) => {
        opened.push(filePath)
        success?.({ errMsg: 'openDocument:ok' })
      },
    },
    { kind: 'filing', id: dataOf('filing.submit', filed).filingId },
    SELF_HOSTED_BUILD,
  )
  await waitFor(
    () => page.querySelectorAll('.material-view__image').length > 0 && bodyText().includes('打开 PDF'),
    15_000,
  )
}, BUILD_TIMEOUT_MS)

afterAll(() => server.close())

/** The photo's `src` in the page's render data (Taro shortens attribute names: src is one of them). */
const photoSource = () => {
  const rendered = JSON.stringify((page as unknown as { data: { root: unknown } }).data.root)
  const image = /\{[^{}]*"cl":"material-view__image"[^{}]*\}/.exec(rendered)?.[0] ?? '{}'
  return Object.values(JSON.parse(image) as Record<string, unknown>).find(
    (value) => typeof value === 'string' && value.startsWith('wxfile://'),
  )
}

test('each material is fetched from /api/files with the staff member’s bearer token', () => {
  expect(downloads()).toHaveLength(2)
  for (const request of downloads()) {
    expect(request.path).toMatch(/^\/api\/files\//)
    expect(request.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+$/)
  }
})

test('the photo is shown from the copy on the phone, which holds the uploaded bytes', () => {
  const source = photoSource()
  expect(typeof source).toBe('string')
  expect(server.phone.files.get(source as string)?.subarray(0, JPEG.length)).toEqual(JPEG)
})

test('the PDF opens from its copy on the phone, with no second download', async () => {
  byText(page, '.tap', '打开 PDF').dispatchEvent('tap')
  await waitFor(() => opened.length > 0)
  expect(server.phone.files.get(opened[0])?.subarray(0, PDF.length)).toEqual(PDF)
  expect(downloads()).toHaveLength(2)
  expect(bodyText()).not.toContain('载入失败')
})
