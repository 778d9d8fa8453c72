/**
 * @jest-environment jsdom
 */
// The built mini-program's 我的住院、门诊能直接结算吗 under miniprogram-simulate, against the real function in process
// (real SQLite): a Hubei person's filing to 赣州, a hospital found in the shipped 附件2 sample by pinyin initials and
// chosen, a stay from today; the answer says 无法确认 with each reason and the list's source and date; a hospital
// typed instead is 未核验.
import { dataOf, draft, idNumber, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { settle, typeInto } from './weapp-fields'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const CALLER = 'weapp-coverage'
let store: TempStore
let page: Rendered
const bodyText = () => page.dom.textContent ?? ''
const tap = async (text: string) => {
  byText(page, '.tap', text).dispatchEvent('tap')
  await settle()
}
const answerText = () => texts(page, '.answer').join('')

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
          filingType: 'temporary',
          destination: '360700',
          startDate: today,
          insured: { name: '周明', idNumber: idNumber('420105', 71), phone: '13900139071' },
        }),
        idempotencyKey: 'weapp-coverage-0001',
      },
      CALLER,
    ),
  )
  page = renderPage(
    'pages/filings/detail/index',
    { cloud: inProcessCloud(store, CALLER) },
    { id: filing.filingId },
  )
  await waitFor(() => bodyText().includes('我的住院、门诊能直接结算吗？'), 20_000)
}, BUILD_TIMEOUT_MS)

afterAll(() => store.dispose())

test('a hospital of the sample, chosen by its initials: 无法确认, each reason with its source, and what to do', async () => {
  await typeInto(page, '就诊医院', 'rmyy')
  await tap('在定点医院名单中查找')
  await waitFor(() => bodyText().includes('赣州市人民医院（'))
  const choice = page
    .querySelectorAll('.tap')
    .find((node) => (node.dom.textContent ?? '').trim().startsWith('赣州市人民医院（'))
  if (!choice) throw new Error(`no 赣州市人民医院 among ${texts(page, '.tap').join(' | ')}`)
  choice.dispatchEvent('tap')
  await settle()
  expect(bodyText()).toContain('已从定点医院名单中选择：赣州市人民医院（江西省 赣州市）')
  await tap('今天')
  await tap('查询')
  await waitFor(() => answerText().includes('无法确认能否直接结算'), 10_000)
  expect(texts(page, '.answer__mark')).toEqual(['符合', '符合', '无法确认'])
  expect(answerText()).toContain('定点医院名单未注明赣州市人民医院能否跨省异地住院直接结算')
  expect(answerText()).toContain('名单来源：赣市医保字〔2019〕21号 附件2（2019-07-22）')
  expect(answerText()).toContain('怎么办：就诊前请带上医保卡')
})

test('a hospital typed and not chosen is 未核验, answered 无法确认 with the service rule named', async () => {
  await typeInto(page, '就诊医院', '赣州某某骨科医院')
  expect(bodyText()).toContain('未从名单中选择：将按“赣州某某骨科医院”查询')
  await tap('今天')
  await tap('查询')
  await waitFor(() => answerText().includes('赣州某某骨科医院未从定点医院名单中选择（未核验）'), 10_000)
  expect(answerText()).toContain('本服务的办理规则（定点医院名单），非政策条文')
})
