/**
 * @jest-environment jsdom
 */
// The built mini-program FAQ page (journey D) under miniprogram-simulate with the official wcc
// compiler: the search runs on the device, so no backend is involved.
import { searchFaq } from '@shared/faq'
import { clauseTextOf } from '@shared/policy/clause-text'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { g, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

let page: Rendered

function type(value: string) {
  const input = page.querySelector('.faq__input')
  if (!input) throw new Error('no search box')
  input.dispatchEvent('input', { detail: { value, cursor: value.length, keyCode: 0 } })
}

const bodyText = () => page.dom.textContent ?? ''

beforeAll(() => {
  // WeChat set to a larger font (关怀模式 is about 1.4): the page must follow it.
  page = renderPage('packages/faq/pages/index', {
    getAppBaseInfo: () => ({ SDKVersion: '3.0.0', fontSizeScaleFactor: 1.4 }),
  })
  return waitFor(() => bodyText().includes('热门问题'))
}, BUILD_TIMEOUT_MS)

test('text follows the WeChat font size setting', () => {
  expect(page.querySelector('.faq')?.dom.getAttribute('style')).toContain('--font-scale: 1.4')
})

test('before anything is typed the page lists hot questions', () => {
  const questions = texts(page, '.faq-hot__text')
  expect(questions.length).toBeGreaterThanOrEqual(3)
  expect(questions).toContain('在外地急诊抢救，没来得及备案能报吗？')
})

test('tapping a hot question shows its answer with the source and the disclaimer', async () => {
  page.querySelectorAll('.faq-hot__question')[0].dispatchEvent('tap')
  await waitFor(() => page.querySelectorAll('.faq-answer__text').length === 1)
  expect(texts(page, '.faq-answer__source')[0]).toMatch(/^来源：\S+/)
  expect(texts(page, '.faq-answer__disclaimer')).toEqual(['以参保地医保经办机构解释为准'])
})

test('a colloquial query shows cited answers as the user types', async () => {
  type('急诊没备案')
  await waitFor(() => page.querySelectorAll('.faq-card').length > 0)
  // The simulator answers selectors from the page root only.
  expect(texts(page, '.faq-card__question')[0]).toContain('急诊')
  expect(texts(page, '.faq-answer__source')[0]).toMatch(/^来源：.+/)
  expect(texts(page, '.faq-card')[0]).toContain('以参保地医保经办机构解释为准')
  expect(texts(page, '.faq-hot__text')).toEqual([])
})

test('a 来源 line opens the words of the clause it cites', async () => {
  const sources = searchFaq('急诊没备案')[0].sources
  const at = sources.findIndex((from) => clauseTextOf(from))
  if (at < 0) throw new Error('the first answer cites no clause whose text is held')
  const words = (clauseTextOf(sources[at]) as string).split('\n')[0].slice(0, 24)
  expect(texts(page, '.faq-source__text')).toEqual([])
  // The first answer's first openable source is the page's first toggle.
  page.querySelectorAll('.faq-source__toggle')[0].dispatchEvent('tap')
  await waitFor(() => texts(page, '.faq-source__text').length === 1)
  expect(texts(page, '.faq-source__text')[0]).toContain(words)
  expect(texts(page, '.faq-source__title')).toEqual([`${sources[at].doc} ${sources[at].clause}`])
})

test('a question about which hospitals settle leads to 查定点医院', async () => {
  type('哪些医院可以直接结算')
  await waitFor(() => texts(page, '.faq-answer__see').length > 0)
  const navigateTo = jest.spyOn(g.wx, 'navigateTo')
  page.querySelector('.faq-answer__see')?.dispatchEvent('tap')
  await waitFor(() => navigateTo.mock.calls.length > 0)
  expect(navigateTo.mock.calls[0][0]).toMatchObject({ url: '/packages/hospitals/pages/index' })
  navigateTo.mockRestore()
})

test('feedback without a cloud environment still thanks the user and keeps the answer', async () => {
  // The simulator has no wx.cloud: the client answers with an INTERNAL envelope, never throws.
  page.querySelector('.faq-feedback__button')?.dispatchEvent('tap')
  await waitFor(() => bodyText().includes('感谢反馈'))
  await waitFor(() => page.querySelectorAll('.faq-feedback__note').length === 1)
  expect(page.querySelectorAll('.faq-card').length).toBeGreaterThan(0)
})

test('gibberish gets suggestions and the 12393 hotline', async () => {
  type('qwertyzz')
  await waitFor(() => page.querySelectorAll('.faq-empty').length === 1)
  expect(page.querySelectorAll('.faq-card')).toHaveLength(0)
  expect(page.querySelectorAll('.faq-empty__suggestion').length).toBeGreaterThan(0)
  expect(page.querySelector('.hotline')?.dom.textContent).toContain('12393')
})

test('the hotline button dials 12393', async () => {
  const makePhoneCall = jest.spyOn(g.wx, 'makePhoneCall')
  page.querySelector('.hotline')?.dispatchEvent('tap')
  await waitFor(() => makePhoneCall.mock.calls.length > 0)
  expect(makePhoneCall.mock.calls[0][0]).toMatchObject({ phoneNumber: '12393' })
})

test('the clear button brings the hot questions back', async () => {
  page.querySelector('.faq__clear')?.dispatchEvent('tap')
  await waitFor(() => page.querySelectorAll('.faq-hot').length > 0)
  expect(page.querySelectorAll('.faq__clear')).toHaveLength(0)
})
