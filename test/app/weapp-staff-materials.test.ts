/**
 * @jest-environment jsdom
 */
// The built mini-program's staff review page under miniprogram-simulate, with cloud storage private: the
// materials are shown from short-lived links the account function hands to staff, never from the fileID. The
// function handlers run in process over a real SQLite store, with the CloudBase file store over the stand-ins.
import { fileStoreCloudBase } from '../../server/adapters/cloudbase/file-store.cloudbase'
import { runFunction } from '../../server/functions/run'
import type { Ports } from '../../server/ports/ports'
import { cloudDbStandIn } from '../server/cloud-db-stand-in'
import { storageStandIn } from '../server/cloud-storage-stand-in'
import { ALICE, dataOf, JPEG, jilinWorker, PDF, STAFF, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { type Rendered, renderPage, waitFor } from './weapp-sim'

let store: TempStore
let page: Rendered
const asked: string[] = []
const bucket = storageStandIn()
const folder = `cloud://env-1a2b.6465-env-1a2b-1300/uploads/${ALICE}`

beforeAll(async () => {
  store = tempStore(new Date().toISOString())
  const ports: Ports = { ...store.ports, files: fileStoreCloudBase(cloudDbStandIn().db, bucket.storage) }
  const admit = async (name: string, bytes: Buffer) => {
    bucket.objects.set(`${folder}/${name}`, bytes)
    return dataOf(
      'account.upload',
      await runFunction('account', { action: 'upload', fileID: `${folder}/${name}` }, ALICE, ports),
    ).fileID
  }
  const photo = await admit('proof.jpg', JPEG)
  const pdf = await admit('proof.pdf', PDF)
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  const filing = dataOf(
    'filing.submit',
    await runFunction(
      'filing',
      {
        action: 'submit',
        draft: jilinWorker(31, {
          startDate: today,
          materials: [
            { kind: 'other', fileID: photo },
            { kind: 'other', fileID: pdf },
          ],
        }),
        idempotencyKey: 'weapp-staff-materials-1',
      },
      ALICE,
      ports,
    ),
  )
  page = renderPage(
    'packages/staff/pages/review/index',
    { cloud: inProcessCloud(store, STAFF, asked, ports) },
    { kind: 'filing', id: filing.filingId },
  )
  return waitFor(() => page.querySelectorAll('.material-view__image').length > 0, 15_000)
}, BUILD_TIMEOUT_MS)

afterAll(() => store.dispose())

test('staff see a photo from a ten-minute link the function answered, not from its fileID', () => {
  expect(asked).toContain('account.file_urls')
  // The page's render data: what WeChat's <image> is given (Taro shortens attribute names: src is one of them).
  const rendered = JSON.stringify((page as unknown as { data: { root: unknown } }).data.root)
  const image = /\{[^{}]*"cl":"material-view__image"[^{}]*\}/.exec(rendered)?.[0] ?? ''
  expect(Object.values(JSON.parse(image))).toContain('https://tmp.example/proof.jpg?max-age=600')
  expect(rendered).not.toContain('cloud://')
})

test('a PDF is offered to open, by the type the function recorded', () => {
  expect(page.dom.textContent).toContain('打开 PDF')
})
