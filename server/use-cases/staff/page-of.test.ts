import type { ListPosition } from '../../ports/list-position'
import { pageOf } from './page-of'

// 2500 records in (createdAt, id) order, read as a store would: from just past a position, a batch at a time.
const records = Array.from({ length: 2500 }, (_, n) => ({
  createdAt: '2026-05-01T00:00:00.000Z',
  id: `r${String(n).padStart(4, '0')}`,
}))
let reads = 0
const read = async (after: ListPosition | undefined, limit: number) => {
  reads += 1
  const from = after ? records.findIndex((record) => record.id > after.id) : 0
  return from < 0 ? [] : records.slice(from, from + limit)
}
const pages = async (keep: (record: (typeof records)[number]) => string | undefined, limit: number) => {
  const found: string[][] = []
  let after: ListPosition | undefined
  do {
    const page = await pageOf({ read, position: (record) => record, keep, limit, after })
    found.push(page.items)
    after = page.next
  } while (after)
  return found
}

test('a filter that keeps few records still reaches every one, reading at most 1000 records a page', async () => {
  reads = 0
  const found = await pages((record) => (Number(record.id.slice(1)) % 700 === 0 ? record.id : undefined), 2)
  expect(found.flat()).toEqual(['r0000', 'r0700', 'r1400', 'r2100'])
  expect(found.length).toBeGreaterThanOrEqual(3)
  expect(reads).toBeLessThanOrEqual(Math.ceil(2500 / 100) + found.length)
})

test('a page that fills exactly at the end says nothing follows', async () => {
  const found = await pages((record) => (record.id >= 'r2496' ? record.id : undefined), 4)
  expect(found.filter((page) => page.length > 0)).toEqual([['r2496', 'r2497', 'r2498', 'r2499']])
  expect(found.at(-1)).toHaveLength(4)
})
