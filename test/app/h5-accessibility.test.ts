// Every page of the filing journeys and the FAQ in real Chromium: axe-core finds no serious or critical
// violation, 大字模式 enlarges text, and the keyboard alone gets a person through.

import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp } from './h5-app'
import { eventually, PEOPLE, Person } from './h5-journey'

let app: AppSession
beforeAll(async () => {
  app = await openApp()
}, BUILD_TIMEOUT_MS)
afterAll(() => app?.close())

test.each([
  ['home, before the insured region is chosen', '', '异地就医备案'],
  ['the wizard', '#/pages/filing/index', '这次备案是为谁办理？'],
  ['my filings, empty', '#/pages/filings/index', '您还没有办理过异地就医备案'],
  ['the FAQ with its hot questions', '#/packages/faq/pages/index', '热门问题'],
  ['the dev sign-in', '#/packages/dev/pages/sign-in/index', '当前身份'],
])('%s has no serious or critical accessibility violation', async (name, hash, text) => {
  const page = await app.newPage(`a11y-${hash.length}`)
  await page.goto(`${app.origin}${hash}`)
  await new Person(page).sees(text)
  await app.screenshot(page, `axe-${name.replace(/[^a-z]+/gi, '-')}`)
  expect(await seriousViolations(page)).toEqual([])
})

test('the person step with every error showing has no serious violation, and each error names its field', async () => {
  const page = await app.newPage('a11y-errors')
  await page.goto(`${app.origin}#/pages/filing/index`)
  const person = new Person(page)
  // 代办: every field of the insured person is typed, so every one can be wrong.
  await person.choose('为家人代办')
  await person.choose('子女')
  await person.type('代办人姓名', '王小红')
  await person.type('代办人手机号', '13600136000')
  await person.tick('我已征得参保人本人同意代为办理')
  await person.next()
  await person.acceptPrivacyNotice()
  await person.next()
  for (const message of [
    '请填写参保人姓名',
    '请填写参保人身份证号',
    '联系电话应为 11 位手机号码',
    '请选择参保类型',
  ])
    await person.sees(message)
  expect(await seriousViolations(page)).toEqual([])
})

test('the FAQ answers and its no-match state have no serious violation', async () => {
  const page = await app.newPage('a11y-faq')
  await page.goto(`${app.origin}#/packages/faq/pages/index`)
  const person = new Person(page)
  await person.sees('热门问题')
  await page.locator('.faq__input input').fill('急诊没备案')
  await page.locator('.faq-card').first().waitFor()
  expect(await seriousViolations(page)).toEqual([])
  await page.locator('.faq__input input').fill('qwertyzz')
  await page.locator('.faq-empty').waitFor()
  expect(await seriousViolations(page)).toEqual([])
})

test('大字模式 enlarges every page’s text, and is remembered', async () => {
  const page = await app.newPage('a11y-large')
  await page.goto(app.origin)
  const person = new Person(page)
  await person.sees('异地就医备案')
  const hintSize = () =>
    page
      .locator('.home-entry__hint')
      .first()
      .evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize))
  const before = await hintSize()
  await person.tick('大字模式')
  await eventually(hintSize, (size) => size > before * 1.2)
  await app.screenshot(page, 'large-text-home')
  await page.goto(`${app.origin}#/pages/filing/index`)
  await person.sees('这次备案是为谁办理？')
  const label = await page
    .locator('.choice-group__title')
    .first()
    .evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize))
  expect(label).toBeGreaterThanOrEqual(22)
  await app.screenshot(page, 'large-text-wizard')
})

test('the keyboard alone opens the wizard and chooses for oneself', async () => {
  const page = await app.newPage('a11y-keyboard')
  await page.goto(app.origin)
  const person = new Person(page)
  await person.sees('异地就医备案')
  await person.verifiedAs(PEOPLE.wuhan)
  await person.button('异地就医备案').focus()
  await page.keyboard.press('Enter')
  await person.sees('这次备案是为谁办理？')
  await page.getByRole('radio', { name: '为本人办理' }).focus()
  await page.keyboard.press('Space')
  await person.sees('已实名认证')
  await person.button('下一步').focus()
  await page.keyboard.press('Enter')
  // A fresh phone: the personal-information notice first, accepted from the keyboard too.
  await person.button('我已阅读并同意').focus()
  await page.keyboard.press('Enter')
  await person.textbox('手机号').waitFor()
})
