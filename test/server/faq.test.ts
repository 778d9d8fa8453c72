import { ALICE, data, dataOf, type TempStore, tempStore } from './support'

let store: TempStore
beforeAll(() => {
  store = tempStore()
})
afterAll(() => store.dispose())

test('search answers with cited entries', async () => {
  const found = dataOf('faq.search', await store.call('faq', { action: 'search', q: '急诊没备案' }))
  expect(found.items.length).toBeGreaterThan(0)
  expect(found.items[0].sources.length).toBeGreaterThan(0)
})

test('no match gives suggestions and the hotline', async () => {
  const none = dataOf('faq.search', await store.call('faq', { action: 'search', q: 'zzzz qqqq' }))
  expect(none.items).toEqual([])
  expect(none.suggestions?.length).toBeGreaterThan(0)
  expect(none.hotline).toContain('12393')
})

test('hot questions and feedback, stored with the caller', async () => {
  const hot = dataOf('faq.hot', await store.call('faq', { action: 'hot' }))
  expect(hot.items.length).toBeGreaterThan(0)
  expect(
    data(await store.call('faq', { action: 'feedback', id: hot.items[0].id, helpful: true, q: '退休' })),
  ).toEqual({})
  expect(store.db.prepare('SELECT faq_id, helpful, caller FROM faq_feedback').get()).toMatchObject({
    faq_id: hot.items[0].id,
    helpful: 1,
    caller: ALICE,
  })
})
