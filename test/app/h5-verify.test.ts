// 实名认证 in real Chromium against the local runtime (development adapter): from home, a person binds their
// account to their name and ID number; a wrong ID number is named and nothing is bound; once verified the page
// says who, with the ID number masked, and the server agrees.
import { idNumber } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp } from './h5-app'
import { Person } from './h5-journey'

const OPENID = 'e2e-verify-person'
let app: AppSession

beforeAll(async () => {
  app = await openApp()
}, BUILD_TIMEOUT_MS)
afterAll(() => app?.close())

const status = async () => {
  const response = await fetch(`${app.origin}api/fn/identity`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': OPENID },
    body: JSON.stringify({ action: 'status' }),
  })
  return ((await response.json()) as { data: { verified: boolean; idNumberMasked?: string } }).data
}

test('from home, 实名认证 refuses a wrong ID number by name, then binds the account to the person', async () => {
  const page = await app.newPage(OPENID)
  await page.goto(app.origin)
  const person = new Person(page)
  await person.tap(person.button('实名认证：为本人办理前核验身份'))
  await person.sees('为防止他人冒用您的身份办理')
  await person.sees('本机开发环境：不做人脸核验')
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('textbox', { name: '姓名' }).fill('李秀英')
  await page.getByRole('textbox', { name: '身份证号' }).fill('420105195001010000')
  await person.tap(person.button('开始核验'))
  await person.sees('身份证号')
  await page.locator('.error-banner').first().waitFor()
  expect((await status()).verified).toBe(false)
  await app.screenshot(page, 'verify-refused')

  const id = idNumber('420105', 88)
  await page.getByRole('textbox', { name: '身份证号' }).fill(id)
  await person.tap(person.button('开始核验'))
  await person.sees('已实名认证：李秀英')
  const shown = (await page.locator('.verify__done').textContent()) ?? ''
  expect(shown).not.toContain(id)
  expect(await status()).toMatchObject({ verified: true, idNumberMasked: expect.stringMatching(/\*{6,}/) })
  expect(shown).toContain((await status()).idNumberMasked)
  await app.screenshot(page, 'verify-done')
  expect(await seriousViolations(page)).toEqual([])
})
