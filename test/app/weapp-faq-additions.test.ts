/**
 * @jest-environment jsdom
 */
// The built mini-program FAQ page under miniprogram-simulate: staff turn a person's question into another wording
// of an entry, and draft a new entry for another; the app started again fetches faq.additions through wx.cloud (the
// real function handlers in process, a real SQLite store) and answers both. Without a network the shipped corpus
// still answers. Driven by what the screen says.
import { faqEntryById } from '@shared/faq'
import { DOCUMENTS } from '@shared/policy/sources'
import { ALICE, dataOf, STAFF, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { byText, g, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

/** A wording the shipped corpus has no certain answer for, and the entry staff make it another wording of. */
const WORDING = '电子医保码能不能直接刷'
const ENTRY_ID = 'which-hospitals'
/** A question the notices do not answer, and the entry staff draft for it. */
const UNANSWERED = '在外地住院请护工的钱医保能不能报'
const DRAFT = {
  question: '异地住院请护工的费用能报销吗？',
  answer: '护工费、陪护费不属于基本医疗保险基金支付范围，需个人自理。',
}
const ANSWERED = '急诊没备案能报销吗'

type Cloud = ReturnType<typeof inProcessCloud>

let store: TempStore
let page: Rendered
const asked: string[] = []
const bodyText = () => page.dom.textContent ?? ''

/** The app started afresh (a new module registry, WeChat's chunk registry dropped), on the FAQ page. */
const startFaq = async (cloud: Cloud) => {
  jest.resetModules()
  if (g.wx) delete g.wx.webpackJsonp
  page = renderPage('packages/faq/pages/index', {
    cloud,
    // The 参保地 chosen once on home.
    getStorageSync: (key: string) => (key === 'yidi.preferences' ? { insuredRegion: '420100' } : ''),
  })
  await waitFor(() => bodyText().includes('热门问题'))
}

const type = (value: string) =>
  page.querySelector('.faq__input')?.dispatchEvent('input', { detail: { value, cursor: 0, keyCode: 0 } })

/** Searched, left without a certain answer, and sent to the agency as typed. */
const askAgency = async (question: string) => {
  type(question)
  await waitFor(() => bodyText().includes('没有找到确定的答案'))
  byText(page, '.tap', '向医保经办机构提问').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('您的问题'))
  byText(page, '.tap', '提交问题').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('已提交给医保经办机构'))
}

/** The first answer card shown as a certain answer, once its question is `question`. */
const answeredWith = async (question: string) => {
  await waitFor(() => texts(page, '.faq-card__question')[0] === question)
  expect(bodyText()).toContain('条相关回答')
  expect(bodyText()).not.toContain('没有找到确定的答案')
}

beforeAll(async () => {
  store = tempStore()
  await startFaq(inProcessCloud(store, ALICE, asked))
}, BUILD_TIMEOUT_MS)

afterAll(() => store.dispose())

test('an alias and a drafted entry made by staff answer on the next start', async () => {
  const entry = faqEntryById(ENTRY_ID)
  if (!entry) throw new Error(`no entry ${ENTRY_ID} in the shipped corpus`)

  await askAgency(WORDING)
  expect(page.querySelectorAll('.faq-card')).toHaveLength(0)
  // Cleared first: the next search starts a new question to the agency.
  byText(page, '.tap-bare', '清除').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('热门问题'))
  await askAgency(UNANSWERED)

  // Staff, from 群众提问: the first becomes another wording of the entry, the second gets a drafted entry.
  const queue = dataOf('staff.faq_questions', await store.call('staff', { action: 'faq_questions' }, STAFF))
  const idOf = (q: string) => queue.items.find((item) => item.q === q)?.id
  const aliased = await store.call(
    'staff',
    { action: 'faq_alias', id: idOf(WORDING), entryId: ENTRY_ID, text: WORDING },
    STAFF,
  )
  expect(aliased).toMatchObject({ ok: true })
  const drafted = await store.call(
    'staff',
    { action: 'faq_draft', id: idOf(UNANSWERED), ...DRAFT, doc: DOCUMENTS.service, clause: '经办答复' },
    STAFF,
  )
  expect(drafted).toMatchObject({ ok: true })

  const fetchedBefore = asked.filter((action) => action === 'faq.additions').length
  await startFaq(inProcessCloud(store, ALICE, asked))
  // Started again, it asks for what staff added.
  await waitFor(() => asked.filter((action) => action === 'faq.additions').length > fetchedBefore)

  type(WORDING)
  await answeredWith(entry.question)

  // The asker's own wording now offers the drafted entry first; a plainer wording gets it as the answer.
  type(UNANSWERED)
  await waitFor(() => texts(page, '.faq-hot__text')[0] === DRAFT.question)
  expect(bodyText()).toContain('没有找到确定的答案')
  type('请护工的钱能报吗')
  await answeredWith(DRAFT.question)
  expect(texts(page, '.faq-answer__text')[0]).toContain(DRAFT.answer)
  expect(texts(page, '.faq-answer__source')[0]).toContain('经办答复')
}, 60_000)

test('offline: the shipped corpus answers; the alias waits for the network', async () => {
  const offline: string[] = []
  await startFaq({
    init: () => undefined,
    callFunction: ({ name, data }: { name: string; data: { action: string } }) => {
      offline.push(`${name}.${data.action}`)
      return Promise.reject({ errMsg: 'cloud.callFunction:fail request:fail' })
    },
  } as unknown as Cloud)
  await waitFor(() => offline.includes('faq.additions'))

  type(ANSWERED)
  await answeredWith(faqEntryById('emergency-no-filing')?.question ?? 'emergency-no-filing')
  type(WORDING)
  await waitFor(() => bodyText().includes('没有找到确定的答案'))
}, 60_000)
