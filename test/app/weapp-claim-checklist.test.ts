/**
 * @jest-environment jsdom
 */
// The built mini-program's claim form (packages/claim) under miniprogram-simulate with the official wcc: the
// checklist for the case and region comes from the policy core, each item with its hint and its uploader.
import { claimChecklist } from '@shared/rules/claim-checklist'
import { MATERIAL_HINTS } from '../../miniprogram/packages/claim/material-hints'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const GANZHOU = '360700'
let page: Rendered

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
    getStorageSync: (key: string) => (key === 'yidi.preferences' ? { insuredRegion: GANZHOU } : ''),
  })
  return waitFor(() => bodyText().includes('需要的材料'))
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
