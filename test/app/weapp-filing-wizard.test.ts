/**
 * @jest-environment jsdom
 */
// The built mini-program's filing wizard under miniprogram-simulate with the official wcc: it advances on taps
// and input events, checks each step with the core's schemas, and its confirmation card shows the target and
// validity the server's quote (the same core) gives. The functions run in process over real SQLite.
import { quoteFiling } from '@shared/rules/quote'
import { filingDraftSchema } from '@shared/schemas/filing.schema'
import { todayInShanghai } from '@shared/time/calendar'
import { type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const WUHAN = '420100'
const CALLER = 'weapp-person'
let store: TempStore
let page: Rendered
const asked: string[] = []

const bodyText = () => page.dom.textContent ?? ''
const seen = (text: string) => waitFor(() => bodyText().includes(text))
/** React commits between events: a short pause after typing, as the toolchain notes for the simulator. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60))

const tap = async (selector: string, text: string) => {
  byText(page, selector, text).dispatchEvent('tap')
  await settle()
}
const choose = async (title: string) => {
  const choice = page
    .querySelectorAll('.choice-group__choice')
    .find((node) => node.dom.textContent?.includes(title))
  if (!choice) throw new Error(`no choice ${title}: ${texts(page, '.choice-group__title').join(' | ')}`)
  choice.dispatchEvent('tap')
  await settle()
}
const type = async (index: number, value: string) => {
  page.querySelectorAll('.text-field__input')[index].dispatchEvent('input', { detail: { value } })
  await settle()
}
const next = () => tap('.tap', '下一步')

beforeAll(() => {
  // "Today" on the server is today, as on the phone.
  store = tempStore(new Date().toISOString())
  page = renderPage('pages/filing/index', {
    cloud: inProcessCloud(store, CALLER, asked),
    // 参保地 chosen on home before: the wizard starts from it.
    getStorageSync: (key: string) => (key === 'yidi.preferences' ? { insuredRegion: WUHAN } : ''),
  })
  return seen('这次备案是为谁办理？')
}, BUILD_TIMEOUT_MS)

afterAll(() => store.dispose())

test('step 1 shows where the person is, and 为本人办理 then 下一步 goes on to the insured person', async () => {
  expect(bodyText()).toContain('第 1 步，共 8 步')
  await choose('为本人办理')
  expect(bodyText()).toContain('第 1 步，共 8 步')
  await next()
  await seen('第 2 步，共 8 步')
  expect(texts(page, '.text-field__label')).toEqual(['姓名', '身份证号', '手机号'])
  expect(bodyText()).toContain('湖北省 武汉市')
})

test('下一步 with a wrong ID number stays and names the field, as the core’s schema says', async () => {
  await type(0, '张三')
  await type(1, '420105198001011238')
  await type(2, '13800138000')
  await choose('城镇职工')
  await next()
  await seen('参保人身份证号有一位不对（与身份证上的号码不一致），请逐位核对后重新输入')
  expect(bodyText()).toContain('第 2 步，共 8 步')
})

test('the type step offers only what the Hubei profile offers, then the destination shows where it goes', async () => {
  await type(1, '420105198001011230')
  await next()
  await seen('第 3 步，共 8 步')
  expect(texts(page, '.choice-group__title')).toEqual([
    '异地安置退休人员',
    '异地长期居住人员',
    '常驻异地工作人员',
    '异地转诊人员',
    '其他临时外出就医人员',
  ])
  await choose('其他临时外出就医人员')
  await next()
  await seen('第 4 步，共 8 步')
  await type(0, '深圳')
  await tap('.region-field__result', '广东省 深圳市')
  await seen('备案到：深圳市（市级）')
})

test('the confirmation card shows the target and the validity of the core’s quote, from filing.quote', async () => {
  await next()
  await seen('第 5 步，共 8 步')
  await next()
  await seen('第 6 步，共 8 步')
  await tap('.check-row__box', '☐我已阅读并同意以上承诺')
  await next()
  await seen('请了解以下事项')
  const today = todayInShanghai(new Date())
  const draft = filingDraftSchema.parse({
    insured: { name: '张三', idNumber: '420105198001011230', phone: '13800138000' },
    relation: 'self',
    insuredRegion: WUHAN,
    insuranceType: 'employee',
    filingType: 'temporary',
    destination: '440300',
    startDate: today,
    commitment: { accepted: true },
  })
  const quote = quoteFiling(draft, today)
  if (!quote.ok) throw new Error(quote.error.message)
  expect(asked).toContain('filing.quote')
  expect(bodyText()).toContain('深圳市（市级）')
  expect(bodyText()).toContain(`${quote.value.validFrom} 至 ${quote.value.validUntil}`)
  for (const notice of quote.value.notices) expect(bodyText()).toContain(notice.text)
})

test('确认提交 files it: the result says 已生效, and the server holds one filing', async () => {
  await tap('.tap', '确认提交')
  await seen('备案已生效')
  expect(await store.ports.filings.listByOwner(CALLER)).toHaveLength(1)
})
