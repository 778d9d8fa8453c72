/**
 * @jest-environment jsdom
 */
// The built mini-program's 我的备案 list under miniprogram-simulate: the caller's filings from the real filing
// function (in process, real SQLite), each with its status in words, and a tap that opens its detail.
import { dataOf, draft, idNumber, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { g, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const CALLER = 'weapp-lister'
let store: TempStore
let page: Rendered
let pendingId: string

beforeAll(async () => {
  store = tempStore(new Date().toISOString())
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  const submit = (overrides: Parameters<typeof draft>[0], key: string) =>
    store.call(
      'filing',
      { action: 'submit', draft: draft({ startDate: today, ...overrides }), idempotencyKey: key },
      CALLER,
    )
  dataOf('filing.submit', await submit({ filingType: 'temporary', destination: '440300' }, 'weapp-list-0001'))
  pendingId = dataOf(
    'filing.submit',
    await submit(
      {
        insuredRegion: '220100',
        filingType: 'resident_worker',
        destination: '320500',
        insured: { name: '李四', idNumber: idNumber('220102', 4), phone: '13900139000' },
        commitment: { accepted: true, supplementLater: true },
      },
      'weapp-list-0002',
    ),
  ).filingId
  page = renderPage('pages/filings/index', { cloud: inProcessCloud(store, CALLER) })
  await waitFor(() => page.querySelectorAll('.filing-card').length === 2)
}, BUILD_TIMEOUT_MS)

afterAll(() => store.dispose())

test('each filing shows its type, target and status in words, newest first', () => {
  expect(texts(page, '.record-card__title')).toEqual(['常驻异地工作人员', '其他临时外出就医人员'])
  expect(texts(page, '.status-chip')).toEqual(['待补充材料', '生效'])
  expect(texts(page, '.record-card__line')[0]).toContain('备案到苏州市')
  expect(texts(page, '.record-card__due')[0]).toMatch(/^请在 \d{4}-\d{2}-\d{2} 前补充材料$/)
})

test('tapping a filing opens its detail', async () => {
  const navigateTo = jest.spyOn(g.wx, 'navigateTo')
  page.querySelectorAll('.filing-card')[0].dispatchEvent('tap')
  await waitFor(() => navigateTo.mock.calls.length > 0)
  expect(navigateTo.mock.calls[0][0]).toMatchObject({ url: `/pages/filings/detail/index?id=${pendingId}` })
})
