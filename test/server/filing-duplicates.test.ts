// The same filing twice over the local runtime's HTTP API and a real SQLite file: an identical active filing
// is refused naming the one held; an overlapping one is filed, and its quote shows the existing one first.
import { ALICE, draft, overHttp, type TempStore, tempStore } from './support'

let store: TempStore
let http: Awaited<ReturnType<typeof overHttp>>

beforeEach(async () => {
  store = tempStore()
  http = await overHttp(store)
})
afterEach(async () => {
  await http.close()
  await store.dispose()
})

/** A 湖北 person's temporary filing for 深圳 from 2026-05-01. */
const temporary = draft({ filingType: 'temporary', destination: '440300' })
const submit = (body: object, key: string) =>
  http.post('filing', { action: 'submit', draft: body, idempotencyKey: key }, ALICE)
const quote = (body: object) => http.post('filing', { action: 'quote', draft: body }, ALICE)

test('the same temporary filing submitted again (a new request) is refused, naming the filing held', async () => {
  const first = await submit(temporary, 'key-first-0001')
  expect(first.body.ok).toBe(true)
  const again = await submit(temporary, 'key-second-0002')
  expect(again.status).toBe(409)
  expect(again.body.error.code).toBe('CONFLICT')
  expect(again.body.error.message).toContain('您已有一份相同的备案：其他临时外出就医人员')
  expect(again.body.error.message).toContain('2026-05-01 至 2026-10-31（生效）')
  const list = await http.post('filing', { action: 'list' }, ALICE)
  expect(list.body.data.items).toHaveLength(1)
})

test('the quote of an identical draft says so before submit, with the existing filing', async () => {
  const first = await submit(temporary, 'key-first-0001')
  const answer = await quote(temporary)
  expect(answer.body.data.existing).toEqual([
    expect.objectContaining({ filingId: first.body.data.filingId, identical: true }),
  ])
})

test('an overlapping filing (another place, same weeks) is filed, and its quote shows the one held', async () => {
  const first = await submit(temporary, 'key-first-0001')
  const elsewhere = { ...temporary, destination: '110105' }
  const answer = await quote(elsewhere)
  expect(answer.body.data.existing).toEqual([
    expect.objectContaining({
      filingId: first.body.data.filingId,
      identical: false,
      text: expect.stringContaining('其他临时外出就医人员，备案到'),
    }),
  ])
  const second = await submit(elsewhere, 'key-second-0002')
  expect(second.body.ok).toBe(true)
})

test('a cancelled filing is no obstacle: the same filing can be made again', async () => {
  const first = await submit(temporary, 'key-first-0001')
  await http.post('filing', { action: 'cancel', filingId: first.body.data.filingId, reason: '不去了' }, ALICE)
  expect((await quote(temporary)).body.data.existing).toEqual([])
  const again = await submit(temporary, 'key-second-0002')
  expect(again.body.ok).toBe(true)
})

test('another person’s filing with the same place and dates is not a duplicate', async () => {
  await submit(temporary, 'key-first-0001')
  const other = { ...temporary, insured: { ...temporary.insured, idNumber: '420105198001011273' } }
  expect((await quote(other)).body.data.existing).toEqual([])
})
