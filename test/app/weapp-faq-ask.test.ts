/**
 * @jest-environment jsdom
 */
// The built mini-program FAQ page under miniprogram-simulate: a question it has no certain answer for shows
// 没有找到确定的答案 with the closest questions and the hotline, and the question goes to the agency through
// wx.cloud (the real function handlers in process, a real SQLite store); staff's answer reaches 消息.
import { ALICE, dataOf, STAFF, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const UNANSWERED = '在外地住院请护工的钱医保能不能报'
let store: TempStore
let page: Rendered
const asked: string[] = []
const bodyText = () => page.dom.textContent ?? ''

beforeAll(() => {
  store = tempStore()
  page = renderPage('packages/faq/pages/index', {
    cloud: inProcessCloud(store, ALICE, asked),
    // The 参保地 chosen once on home.
    getStorageSync: (key: string) => (key === 'yidi.preferences' ? { insuredRegion: '420100' } : ''),
  })
  return waitFor(() => bodyText().includes('热门问题'))
}, BUILD_TIMEOUT_MS)

afterAll(() => store.dispose())

test('no certain answer: said plainly, the closest three as 可能相关, the hotline, no answer card', async () => {
  page
    .querySelector('.faq__input')
    ?.dispatchEvent('input', { detail: { value: UNANSWERED, cursor: 0, keyCode: 0 } })
  await waitFor(() => bodyText().includes('没有找到确定的答案'))
  expect(bodyText()).toContain('可能相关')
  expect(texts(page, '.faq-hot__text')).toHaveLength(3)
  expect(page.querySelectorAll('.faq-card')).toHaveLength(0)
  expect(page.querySelector('.hotline')?.dom.textContent).toContain('12393')
})

test('the question goes to the agency with the search tried; staff’s answer reaches 消息', async () => {
  byText(page, '.tap', '向医保经办机构提问').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('您的问题'))
  // The box starts with the search tried: sent as it stands.
  const question = UNANSWERED
  byText(page, '.tap', '提交问题').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('已提交给医保经办机构'))
  expect(asked).toContain('faq.ask')

  const queue = dataOf('staff.faq_questions', await store.call('staff', { action: 'faq_questions' }, STAFF))
  expect(queue.items).toMatchObject([{ question, q: UNANSWERED, insuredRegion: '420100' }])
  await store.call('staff', { action: 'faq_answer', id: queue.items[0].id, answer: '护工费需自理。' }, STAFF)
  const inbox = dataOf(
    'account.notifications',
    await store.call('account', { action: 'notifications' }, ALICE),
  )
  expect(inbox.items[0]).toMatchObject({ kind: 'faq_answer', note: '护工费需自理。' })
})
