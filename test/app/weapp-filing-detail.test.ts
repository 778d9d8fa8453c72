/**
 * @jest-environment jsdom
 */
// The built mini-program's filing detail under miniprogram-simulate: a Ganzhou retiree's long-term filing
// from the real function (in process, real SQLite) — target, validity, notices with their clauses, history —
// and change and cancel locked up front with the rule, its end date and its source.
import { dataOf, draft, idNumber, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const CALLER = 'weapp-retiree'
let store: TempStore
let page: Rendered

const bodyText = () => page.dom.textContent ?? ''
const settle = () => new Promise((resolve) => setTimeout(resolve, 60))

beforeAll(async () => {
  store = tempStore(new Date().toISOString())
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  const filing = dataOf(
    'filing.submit',
    await store.call(
      'filing',
      {
        action: 'submit',
        draft: draft({
          insuredRegion: '360700',
          filingType: 'retiree_resettled',
          destination: '440100',
          startDate: today,
          insured: { name: '王秀英', idNumber: idNumber('360702', 6), phone: '13700137000' },
        }),
        idempotencyKey: 'weapp-detail-0001',
      },
      CALLER,
    ),
  )
  page = renderPage(
    'pages/filings/detail/index',
    { cloud: inProcessCloud(store, CALLER) },
    { id: filing.filingId },
  )
  await waitFor(() => bodyText().includes('办理记录'))
}, BUILD_TIMEOUT_MS)

afterAll(() => store.dispose())

test('the detail shows where the filing goes, how long it lasts and the masked ID number', () => {
  expect(texts(page, '.record-head__title')).toEqual(['异地安置退休人员'])
  expect(bodyText()).toContain('广州市（市级）')
  expect(bodyText()).toMatch(/\d{4}-\d{2}-\d{2} 起长期有效/)
  expect(bodyText()).toContain('王秀英（3607**********')
})

test('every notice carries its notice number and clause', () => {
  const sources = texts(page, '.source-line')
  expect(sources.length).toBeGreaterThanOrEqual(texts(page, '.record-line__text').length)
  // 广州 is 跨省: the form-only papers are Ganzhou's own; the two-way settlement at home is the national rule's.
  expect(sources).toContain('来源：赣市医保字〔2019〕21号 一(二)')
  expect(sources).toContain('来源：医保发〔2022〕22号 二(五)')
  expect(bodyText()).toContain('跨省备案在备案有效期内确需回参保地就医的，无需撤销备案，可在参保地结算')
})

test('the history says who filed it', () => {
  expect(texts(page, '.timeline__title')).toEqual(['提交（本人）'])
})

test('撤销 and 变更 say the Ganzhou lock and the day it ends up front, with its source, and open no form', async () => {
  const until = bodyText().match(/备案满 6 个月后，即 (\d{4}-\d{2}-\d{2}) 起，方可变更就医地或撤销备案/)?.[1]
  expect(until).toBeDefined()
  expect(texts(page, '.alter-lock .source-line')).toEqual(['来源：医保发〔2022〕22号 二(三)'])
  byText(page, '.tap', `变更就医地（${until} 起可办）`)
  byText(page, '.tap', `撤销备案（${until} 起可办）`).dispatchEvent('tap')
  await settle()
  expect(bodyText()).not.toContain('确认撤销')
})
