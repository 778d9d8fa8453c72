// Uploads on CloudBase, through the real file-store adapter and the account function: the phone puts bytes in
// its storage folder, a function checks them as the local runtime does (type, size, daily quota) and records
// them; refused bytes leave storage; only recorded files can be attached; owner and staff get short-lived links,
// nobody else; the daily clean-up removes old uploads no record holds. No CloudBase account here: the database is
// the in-memory stand-in and storage a Map behind the CloudStorage port; filings and claims are a real SQLite store.
import { MAX_UPLOAD_BYTES, UPLOAD_QUOTA } from '@shared/policy/uploads'
import { fileStoreCloudBase } from '../../server/adapters/cloudbase/file-store.cloudbase'
import { runFunction } from '../../server/functions/run'
import type { Ports } from '../../server/ports/ports'
import { removeUnattachedUploads } from '../../server/use-cases/uploads'
import { cloudDbStandIn } from './cloud-db-stand-in'
import { storageStandIn } from './cloud-storage-stand-in'
import {
  ALICE,
  BOB,
  dataOf,
  errorOf,
  JPEG,
  jilinWorker,
  PDF,
  STAFF,
  type TempStore,
  tempStore,
} from './support'

const BUCKET = 'cloud://env-1a2b.6465-env-1a2b-1300'
const fileIdOf = (owner: string, name: string) => `${BUCKET}/uploads/${owner}/${name}`

let store: TempStore
let cloud: ReturnType<typeof cloudDbStandIn>
let bucket: ReturnType<typeof storageStandIn>
let ports: Ports
beforeEach(() => {
  store = tempStore()
  cloud = cloudDbStandIn()
  bucket = storageStandIn()
  ports = { ...store.ports, files: fileStoreCloudBase(cloud.db, bucket.storage) }
})
afterEach(() => store.dispose())

const account = (event: object, caller = ALICE) => runFunction('account', event, caller, ports)
/** The phone's Taro.cloud.uploadFile, then the function's check. */
const put = async (owner: string, name: string, bytes: Buffer) => {
  const fileID = fileIdOf(owner, name)
  bucket.objects.set(fileID, bytes)
  return { fileID, answer: await account({ action: 'upload', fileID, purpose: 'residence_proof' }, owner) }
}

test('a photo and a PDF in the caller’s folder are checked, recorded and then attachable', async () => {
  const photo = await put(ALICE, 'a.jpg', JPEG)
  expect(dataOf('account.upload', photo.answer)).toMatchObject({ mime: 'image/jpeg', size: JPEG.length })
  const pdf = await put(ALICE, 'b.pdf', PDF)
  expect(dataOf('account.upload', pdf.answer).mime).toBe('application/pdf')
  const filing = dataOf(
    'filing.submit',
    await runFunction(
      'filing',
      {
        action: 'submit',
        draft: jilinWorker(1, { materials: [{ kind: 'other', fileID: photo.fileID }] }),
        idempotencyKey: 'cloud-files-1',
      },
      ALICE,
      ports,
    ),
  )
  expect(filing.materials).toEqual([{ kind: 'other', fileID: photo.fileID }])
})

test.each([
  ['a file that is no photo or PDF', Buffer.from('MZ\x90\x00 not a document'), 'FILE.TYPE_NOT_ALLOWED'],
  [
    'a file one byte over 10 MB',
    Buffer.concat([JPEG, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - JPEG.length)]),
    'TOO_LARGE',
  ],
])('%s is refused, deleted from storage and never recorded', async (_what, bytes, code) => {
  const { fileID, answer } = await put(ALICE, 'x.jpg', bytes)
  expect(errorOf(answer)).toMatchObject({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/) })
  expect(bucket.objects.has(fileID)).toBe(false)
  expect(cloud.docsOf('files').size).toBe(0)
  if (code === 'TOO_LARGE') expect(bucket.downloads).toEqual([]) // refused by its size, never read
})

test('a file in someone else’s folder, or an unchecked one, is nobody’s: not admitted, not attachable', async () => {
  const bobs = fileIdOf(BOB, 'b.jpg')
  bucket.objects.set(bobs, JPEG)
  expect(errorOf(await account({ action: 'upload', fileID: bobs }, ALICE)).code).toBe('VALIDATION')
  expect(bucket.objects.has(bobs)).toBe(true) // not Alice's to delete

  const unchecked = fileIdOf(ALICE, 'raw.jpg')
  bucket.objects.set(unchecked, JPEG)
  expect(await ports.files.belongsTo(unchecked, ALICE)).toBe(false)
})

test('past the daily count the upload is refused with 429’s code and deleted', async () => {
  for (let at = 0; at < UPLOAD_QUOTA.filesPerDay; at++)
    dataOf('account.upload', (await put(ALICE, `${at}.jpg`, JPEG)).answer)
  const over = await put(ALICE, 'over.jpg', JPEG)
  expect(errorOf(over.answer)).toMatchObject({
    code: 'RATE_LIMITED',
    message: expect.stringContaining(String(UPLOAD_QUOTA.filesPerDay)),
  })
  expect(bucket.objects.has(over.fileID)).toBe(false)
  // Another person's quota is their own.
  dataOf('account.upload', (await put(BOB, 'first.jpg', JPEG)).answer)
})

test('links: the owner and staff get short-lived URLs, anyone else is told the file does not exist', async () => {
  const { fileID } = await put(ALICE, 'a.jpg', JPEG)
  const own = dataOf('account.file_urls', await account({ action: 'file_urls', fileIDs: [fileID] }))
  expect(own.items).toEqual([{ fileID, url: expect.stringContaining('max-age=600'), mime: 'image/jpeg' }])
  const staff = dataOf('account.file_urls', await account({ action: 'file_urls', fileIDs: [fileID] }, STAFF))
  expect(staff.items[0].url).toContain('max-age=600')
  expect(errorOf(await account({ action: 'file_urls', fileIDs: [fileID] }, BOB))).toMatchObject({
    code: 'NOT_FOUND',
  })
  // One file the caller may not see refuses the whole request.
  const bobs = (await put(BOB, 'b.jpg', JPEG)).fileID
  expect(errorOf(await account({ action: 'file_urls', fileIDs: [fileID, bobs] })).code).toBe('NOT_FOUND')
})

test('the daily clean-up removes uploads over 7 days old that no filing or claim holds', async () => {
  const held = (await put(ALICE, 'held.jpg', JPEG)).fileID
  const signature = (await put(ALICE, 'sign.png', JPEG)).fileID
  const claimed = (await put(ALICE, 'invoice.pdf', PDF)).fileID
  const loose = (await put(ALICE, 'loose.jpg', JPEG)).fileID
  // The cloud collections as the CloudBase filings and claims adapters write them.
  await cloud.db.collection('filings').add({
    _id: 'fl_1',
    materials: [{ kind: 'other', fileID: held }],
    draft: { commitment: { accepted: true, signatureFileID: signature } },
  })
  await cloud.db.collection('claims').add({ _id: 'cl_1', materials: [{ kind: 'invoice', fileID: claimed }] })

  store.clock.set('2026-05-07T02:00:00.000Z')
  expect(await removeUnattachedUploads(ports)).toBe(0) // six days: nothing is old enough
  store.clock.set('2026-05-08T03:00:00.000Z')
  expect(await removeUnattachedUploads(ports)).toBe(1)
  expect(bucket.objects.has(loose)).toBe(false)
  expect([...cloud.docsOf('files').keys()].sort()).toEqual([claimed, held, signature].sort())
})

test('deleting a finished record’s uploads on CloudBase removes them from storage', async () => {
  const { fileID } = await put(ALICE, 'a.jpg', JPEG)
  expect(await ports.files.remove([fileID, fileIdOf(BOB, 'x.jpg')], ALICE)).toBe(1)
  expect(bucket.objects.has(fileID)).toBe(false)
  expect(cloud.docsOf('files').size).toBe(0)
})

test('the local store takes no direct uploads: its uploads come over HTTP', async () => {
  const answer = await runFunction(
    'account',
    { action: 'upload', fileID: fileIdOf(ALICE, 'a.jpg') },
    ALICE,
    store.ports,
  )
  expect(errorOf(answer).code).toBe('FORBIDDEN')
})
