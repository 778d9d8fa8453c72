/**
 * @jest-environment jsdom
 */
// The built mini-program's claim form (packages/claim) under miniprogram-simulate with the official wcc: the
// checklist for the case and region comes from the policy core, each item with its hint and its uploader.
import { claimChecklist } from '@shared/rules/claim-checklist'
import { MATERIAL_HINTS } from '../../miniprogram/packages/claim/material-hints'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const GANZHOU = '360700'
let page: Rendered
/** What WeChat's photo picker answers to the next tap. */
let pickerAnswer: () => Promise<unknown> = () => Promise.reject({ errMsg: 'chooseMedia:fail cancel' })

const bodyText = () => page.dom.textContent ?? ''

const tapChoice = async (title: string) => {
  const choice = page
    .querySelectorAll('.choice-group__choice')
    .find((node) => node.dom.textContent?.includes(title))
  if (!choice) throw new Error(`no choice ${title}`)
  choice.dispatchEvent('tap')
}

beforeAll(() => {
  // The person chose 赣州 as 参保地 on home before: the form starts from it.
  page = renderPage('packages/claim/pages/new/index', {
    chooseMedia: () => pickerAnswer(),
    getStorageSync: (key: string) => (key === 'yidi.preferences' ? { insuredRegion: GANZHOU } : ''),
  })
  // A fresh phone: the personal-information notice first, then the form.
  return waitFor(() => bodyText().includes('我已阅读并同意')).then(() => {
    expect(bodyText()).not.toContain('需要的材料')
    byText(page, '.tap', '我已阅读并同意').dispatchEvent('tap')
    return waitFor(() => bodyText().includes('需要的材料'))
  })
}, BUILD_TIMEOUT_MS)

test('before the case type is chosen the checklist says what it waits for', () => {
  expect(bodyText()).toContain('选好参保地和就医类型后，这里列出要交的材料')
  expect(page.querySelectorAll('.uploader')).toHaveLength(0)
})

test.each([
  ['住院', 'inpatient'],
  ['急诊', 'emergency'],
  ['门诊', 'outpatient'],
] as const)('%s in Ganzhou lists the core’s checklist with a hint per item', async (title, careType) => {
  await tapChoice(title)
  const expected = claimChecklist(GANZHOU, careType).materials
  const labels = expected.map((item) => `${item.label}${item.required ? '（必交）' : '（如有）'}`)
  await waitFor(() => texts(page, '.uploader__label').join('|') === labels.join('|'))
  expect(texts(page, '.uploader__label')).toEqual(labels)
  expect(texts(page, '.uploader__hint')).toEqual(expected.map((item) => MATERIAL_HINTS[item.kind]))
  expect(texts(page, '.source-line')[0]).toContain('赣市医保字〔2019〕21号')
})

test('a refused privacy popup on the photo picker says so and how to allow it', async () => {
  await tapChoice('住院')
  await waitFor(() => page.querySelectorAll('.uploader').length > 0)
  pickerAnswer = () =>
    Promise.reject({ errno: 104, errMsg: 'chooseMedia:fail privacy permission is not authorized' })
  page.querySelectorAll('.file-picker--weapp .tap')[0].dispatchEvent('tap')
  await waitFor(() => bodyText().includes('您没有同意微信的隐私授权'))
  expect(texts(page, '.file-picker__problem')[0]).toContain('请再点一次，在弹出的窗口中点“同意”')
})
