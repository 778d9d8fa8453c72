/**
 * @jest-environment jsdom
 */
// The built mini-program's 查定点医院 page under miniprogram-simulate, against the real store in process: it opens
// on a filing's place (?region=), lists the shipped 附件2 hospitals with the list's source and date and says what
// the list does not, searches by pinyin initials, and says plainly when nothing is found.
import { ALICE, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

let store: TempStore
let page: Rendered
const bodyText = () => page.dom.textContent ?? ''
const names = () => texts(page, '.hospital-card__name')
const settle = () => new Promise((resolve) => setTimeout(resolve, 60))

beforeAll(async () => {
  store = tempStore()
  page = renderPage(
    'packages/hospitals/pages/index',
    { cloud: inProcessCloud(store, ALICE) },
    { region: '360700' },
  )
  await waitFor(() => names().length > 0, 20_000)
}, BUILD_TIMEOUT_MS)

afterAll(() => store.dispose())

const search = async (typed: string) => {
  const labels = texts(page, '.text-field__label').map((text) => text.trim())
  const input = page.querySelectorAll('.text-field__input')[labels.indexOf('医院名称')]
  if (!input) throw new Error(`no 医院名称 field: ${labels.join(' | ')}`)
  input.dispatchEvent('input', { detail: { value: typed } })
  await settle()
  byText(page, '.tap', '查询').dispatchEvent('tap')
}

test('opens on the filing place with the nine hospitals of 附件2, each with its source and what the list leaves unsaid', () => {
  expect(names()).toHaveLength(9)
  expect(names()[0]).toBe('赣州市人民医院')
  expect(bodyText()).toContain('经办机构尚未导入定点医院名单')
  expect(texts(page, '.hospital-card__source')[0]).toBe('来源：赣市医保字〔2019〕21号 附件2（2019-07-22）')
  expect(texts(page, '.hospital-card__summary')[0]).toContain('未注明能否直接结算')
})

test('pinyin initials find a hospital; a search with no match says so', async () => {
  await search('zl')
  await waitFor(() => names().length === 1)
  expect(names()).toEqual(['赣州市肿瘤医院'])
  await search('xyz')
  await waitFor(() => bodyText().includes('没有找到符合条件的定点医院'))
  expect(names()).toEqual([])
})
