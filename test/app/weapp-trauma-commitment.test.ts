/**
 * @jest-environment jsdom
 */
// 外伤无第三方责任承诺书 (济宁 五(二)) in the built mini-program under miniprogram-simulate with the official wcc:
// a Jining person fills it, signs it on the filing wizard's signature pad and confirms it; the copy for the
// hospital's 医保办 shows, with the ID number masked and the signature, and is kept in the phone's storage for later.
import { maskIdNumber } from '@shared/identity/id-number'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { canvasSelectorQuery } from './weapp-canvas'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const JINING = '370800'
const ID_NUMBER = '370811198502031230'
const stored = new Map<string, unknown>([['yidi.preferences', { insuredRegion: JINING }]])
let page: Rendered
/** What WeChat would read back from the canvas's temp PNG (the simulator draws nothing): a 1×1 PNG. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const TEMP_PNG = 'wxfile://tmp/signature.png'
type Callbacks<T> = { success?: (result: T) => void; fail?: (error: unknown) => void }

const bodyText = () => page.dom.textContent ?? ''
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

const typeInto = async (label: string, value: string) => {
  // Every text field has one label and one input, in the same order.
  const labels = texts(page, '.text-field__label')
  const input = page.querySelectorAll('.text-field__input')[labels.indexOf(label)]
  if (!labels.includes(label) || !input) throw new Error(`no field ${label} in: ${labels.join(' | ')}`)
  input.dispatchEvent('input', { detail: { value } })
  await settle()
}

beforeAll(() => {
  page = renderPage('packages/commitment/pages/trauma/index', {
    getStorageSync: (key: string) => stored.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => stored.set(key, value),
    removeStorageSync: (key: string) => stored.delete(key),
    createSelectorQuery: canvasSelectorQuery,
    canvasToTempFilePath: ({ success }: Callbacks<{ tempFilePath: string }>) =>
      success?.({ tempFilePath: TEMP_PNG }),
    getFileSystemManager: () => ({
      readFile: ({ filePath, success, fail }: { filePath: string } & Callbacks<{ data: string }>) =>
        filePath === TEMP_PNG ? success?.({ data: PNG_BASE64 }) : fail?.(new Error('no such file')),
    }),
  })
  // A fresh phone: the personal-information notice first, then the letter and its fields.
  return waitFor(() => bodyText().includes('我已阅读并同意')).then(() => {
    expect(page.querySelectorAll('.text-field__input')).toHaveLength(0)
    byText(page, '.tap', '我已阅读并同意').dispatchEvent('tap')
    return waitFor(() => texts(page, '.text-field__label').includes('承诺人姓名'))
  })
}, BUILD_TIMEOUT_MS)

test('the letter and its clause are shown before anything is confirmed', () => {
  expect(bodyText()).toContain('本次外伤系本人原因造成，无第三方责任')
  expect(texts(page, '.source-line')).toContain(
    '来源：济宁市医疗保障局异地就医十项便民措施（2023-11-09） 五(二)',
  )
})

test('confirming without ticking is refused and nothing is kept', async () => {
  byText(page, '.tap', '确认承诺并生成出示页').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('请阅读并确认承诺书'))
  expect(stored.has('yidi.trauma-commitment')).toBe(false)
})

test('the letter takes a drawn signature on the signature pad, kept on the phone, not uploaded', async () => {
  expect(bodyText()).toContain('不签名也可以确认，出示时可在纸上签字')
  expect(page.querySelector('.signature-pad__canvas')).not.toBeNull()
  const drawn = () => bodyText().includes('写好后点“保存签名”')
  // A finger's stroke, drawn again until the pad says it has one: the page may still re-render the pad when the
  // first touch arrives, and a stroke on a canvas being replaced is lost, as on a phone.
  const stroke = () => {
    const canvas = page.querySelector('.signature-pad__canvas')!
    const touch = { x: 20, y: 40 }
    canvas.dispatchEvent('touchstart', { touches: [touch], changedTouches: [touch] })
    canvas.dispatchEvent('touchmove', { touches: [{ x: 120, y: 60 }], changedTouches: [{ x: 120, y: 60 }] })
    canvas.dispatchEvent('touchend', { touches: [], changedTouches: [{ x: 120, y: 60 }] })
  }
  await waitFor(() => {
    if (!drawn()) stroke()
    return drawn()
  })
  // Saved at the first tap: a save tapped before the pad has found its canvas waits for it.
  byText(page, '.tap', '保存签名').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('签名已保存'))
  expect(bodyText()).not.toContain('签名未能保存')
})

test('filled and confirmed, the copy for the hospital shows and is kept', async () => {
  await typeInto('承诺人姓名', '孔伟')
  await typeInto('身份证号', ID_NUMBER)
  byText(page, '.tap', '今天').dispatchEvent('tap')
  await typeInto('受伤地点', '家中厨房')
  await typeInto('受伤经过', '切菜时不慎割伤左手')
  byText(page, '.tap', '☐本人已阅读并承诺以上内容属实').dispatchEvent('tap')
  await settle()
  byText(page, '.tap', '确认承诺并生成出示页').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('承诺人已在手机上确认：孔伟'))
  expect(texts(page, '.trauma__value')).toEqual(
    expect.arrayContaining(['孔伟', maskIdNumber(ID_NUMBER), '家中厨房', '切菜时不慎割伤左手']),
  )
  expect(bodyText()).not.toContain(ID_NUMBER)
  expect(bodyText()).toContain('请向医院医保办出示本页')
  expect(stored.get('yidi.trauma-commitment')).toMatchObject({
    name: '孔伟',
    place: '家中厨房',
    accepted: true,
    signature: `data:image/png;base64,${PNG_BASE64}`,
  })
  expect(page.querySelector('.trauma__signature')).not.toBeNull()
  // The mini-program shows the copy; printing is the web's.
  expect(texts(page, '.tap').map((text) => text.trim())).not.toContain('打印承诺书')
})
