/**
 * @jest-environment jsdom
 */
// The built mini-program's filing wizard under miniprogram-simulate with the official wcc: it advances on taps
// and input events, checks each step with the core's schemas, and its confirmation card shows the target and
// validity the server's quote (the same core) gives. The functions run in process over real SQLite.

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PRIVACY_CONTACT } from '@shared/policy/privacy'
import { quoteFiling } from '@shared/rules/quote'
import { filingDraftSchema } from '@shared/schemas/filing.schema'
import { todayInShanghai } from '@shared/time/calendar'
import { type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS, ensureBuild } from './ensure-build'
import { canvasNode, canvasSelectorQuery } from './weapp-canvas'
import { inProcessCloud } from './weapp-cloud'
import { type Rendered, renderPage, texts, waitFor } from './weapp-sim'
import { wizardDriver } from './weapp-wizard'

const WUHAN = '420100'
const CALLER = 'weapp-person'
let store: TempStore
let page: Rendered
const asked: string[] = []
/** The phone's storage for this page. */
const stored = new Map<string, unknown>()

let canvasLookedUp = false
/** The signature canvas's stand-in, and a note that the pad asked for it. */
const selectorQuery = () => {
  const query = canvasSelectorQuery()
  const select = query.select
  query.select = (wanted: string) => {
    if (wanted === '#signature-canvas') canvasLookedUp = true
    return select(wanted)
  }
  return query
}

const { bodyText, seen, tap, choose, type, next } = wizardDriver(() => page)

beforeAll(() => {
  // "Today" on the server is today, as on the phone.
  store = tempStore(new Date().toISOString())
  page = renderPage('pages/filing/index', {
    cloud: inProcessCloud(store, CALLER, asked),
    // 参保地 chosen on home before: the wizard starts from it.
    getStorageSync: (key: string) =>
      key === 'yidi.preferences' ? { insuredRegion: WUHAN } : (stored.get(key) ?? ''),
    setStorageSync: (key: string, value: unknown) => stored.set(key, value),
    createSelectorQuery: selectorQuery,
    getWindowInfo: () => ({ pixelRatio: 2, windowWidth: 375, windowHeight: 667 }),
  })
  return seen('这次备案是为谁办理？')
}, BUILD_TIMEOUT_MS)

/** The account was verified (实名认证) as this person before: 为本人办理 files for them. */
const ME = { name: '张三', idNumber: '420105198001011230' }
beforeAll(() => store.callAsIs('identity', { action: 'verify', ...ME }, CALLER))

afterAll(() => store.dispose())

test('step 1 shows where the person is, and 为本人办理 then 下一步 goes on to the insured person', async () => {
  expect(bodyText()).toContain('第 1 步，共 8 步')
  await choose('为本人办理')
  expect(bodyText()).toContain('第 1 步，共 8 步')
  await seen('张三（4201**********1230），将为您本人办理')
  await next()
  await seen('第 2 步，共 8 步')
  // A fresh phone: the notice of what is collected, why and for how long comes before the first field.
  await seen('办理前请阅读：我们如何处理您的信息')
  expect(bodyText()).toContain('参保人的姓名、身份证号、手机号')
  expect(page.querySelectorAll('.text-field__input')).toHaveLength(0)
  await tap('.tap', '我已阅读并同意')
  await waitFor(() => page.querySelectorAll('.text-field__input').length === 1)
  expect(stored.get('yidi.privacyNotice')).toBe(PRIVACY_CONTACT.version)
  // Name and ID number come from 实名认证, shown and not typed: only the phone is asked.
  expect(texts(page, '.text-field__label')).toEqual(['手机号'])
  expect(bodyText()).toContain('姓名：张三')
  expect(bodyText()).toContain('身份证号：4201**********1230')
  expect(bodyText()).toContain('湖北省 武汉市')
  await seen('医保信息平台已查到参保信息')
})

test('下一步 with a wrong phone number stays and names the field, as the core’s schema says', async () => {
  await type('手机号', '1380013800')
  await choose('城镇职工')
  await next()
  await seen('联系电话应为 11 位手机号码')
  expect(bodyText()).toContain('第 2 步，共 8 步')
})

test('the type step offers only what the Hubei profile offers, then the destination shows where it goes', async () => {
  await type('手机号', '13800138000')
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
  await type('就医地', '深圳')
  await tap('.region-field__result', '广东省 深圳市')
  await seen('备案到：深圳市（市级）')
})

/**
 * The pad appears with the 材料与承诺 step, long after the page's onReady (which the simulator never fires, as
 * a phone fires it once at page load): it must find and prepare its canvas by itself. (Strokes are driven in
 * real Chromium, h5-signature.test.ts: the simulator has no canvas.)
 */
const padIsReady = async () => {
  await waitFor(() => canvasLookedUp)
  // Sized for the screen's pixel ratio (2 here): the pad prepared its canvas for drawing.
  await waitFor(() => canvasNode.width === 600 && canvasNode.height === 300)
  expect(page.querySelector('.signature-pad__canvas')).not.toBeNull()
}

test('the confirmation card shows the target and the validity of the core’s quote, from filing.quote', async () => {
  await next()
  await seen('第 5 步，共 8 步')
  await next()
  await seen('第 6 步，共 8 步')
  await padIsReady()
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

test('the signature canvas keeps a finger from scrolling the page (disable-scroll)', () => {
  // The pad sits in the wizard's chunk, or in common.js once another package (the trauma letter) uses it too.
  const dist = ensureBuild('weapp')
  const built = [path.join('pages', 'filing', 'index.js'), 'common.js']
    .map((file) => readFileSync(path.join(dist, file), 'utf8'))
    .join('\n')
  expect(built).toMatch(/id:"signature-canvas",type:"2d",[^}]*disableScroll:!0/)
})
