// 外伤无第三方责任承诺书 (济宁 五(二)) on the H5 app in real Chromium: a Jining person finds it on home, fills it,
// signs it with a finger on the filing wizard's signature pad and confirms it, gets a copy with the signature to show
// the hospital's 医保办 that survives a reload and prints without the buttons; a Wuhan person is not offered it and,
// opening it anyway, is told their region has no such letter.
import { maskIdNumber } from '@shared/identity/id-number'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp } from './h5-app'
import { Person } from './h5-journey'
import { strokeAcrossPad } from './h5-signature-pad'

const ROUTE = 'packages/commitment/pages/trauma/index'
const ID_NUMBER = '370811198502031230'
let app: AppSession

beforeAll(async () => {
  app = await openApp()
}, BUILD_TIMEOUT_MS)

afterAll(() => app?.close())

test('a Jining person fills, confirms and shows the commitment; it is kept and prints without buttons', async () => {
  const page = await app.newPage('e2e-trauma-jining')
  await page.goto(`${app.origin}#/${ROUTE}`)
  const person = new Person(page)
  await person.sees('在手机上填写并确认承诺书')
  await person.pickPlace('参保地', '济宁', '山东省 济宁市')
  // A fresh phone: the personal-information notice comes before the letter's fields.
  await person.tap(person.button('我已阅读并同意'))
  await person.type('承诺人姓名', '孔伟')
  await person.type('身份证号', ID_NUMBER)
  await person.tap(page.getByRole('button', { name: /^今天/ }))
  await person.type('受伤地点', '家中厨房')
  await person.type('受伤经过', '切菜时不慎割伤左手')
  await person.sees('来源：济宁市医疗保障局异地就医十项便民措施（2023-11-09） 五(二)')

  // Signed with a finger stroke on the pad, and saved on the phone (nothing uploaded: no sign-in is needed).
  await person.sees('不签名也可以确认，出示时可在纸上签字')
  await strokeAcrossPad(page)
  await person.sees('写好后点“保存签名”')
  await person.tap(person.button('保存签名'))
  await person.sees('签名已保存')

  // Not ticked yet: refused, with the reason under the box, and nothing kept.
  await person.tap(person.button('确认承诺并生成出示页'))
  await person.sees('请阅读并确认承诺书')
  await app.screenshot(page, 'trauma-commitment-fill')
  expect(await seriousViolations(page)).toEqual([])

  await person.tick('本人已阅读并承诺以上内容属实')
  await person.tap(person.button('确认承诺并生成出示页'))
  await person.sees('承诺人已在手机上确认：孔伟')
  await person.sees(maskIdNumber(ID_NUMBER))
  await person.sees('切菜时不慎割伤左手')
  await person.sees('依据：济宁市医疗保障局异地就医十项便民措施（2023-11-09） 五(二)')
  expect(await page.getByText(ID_NUMBER).count()).toBe(0)
  const signature = page.getByRole('img', { name: '承诺人手写签名：孔伟' })
  await signature.waitFor()
  expect(await signature.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
  // The drawn ink, not an empty picture: the image decodes to something wider than a dot.
  await expect(
    signature.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth)),
  ).resolves.toBeGreaterThan(50)
  await app.screenshot(page, 'trauma-commitment-copy')
  expect(await seriousViolations(page)).toEqual([])

  // At the hospital, later: the copy is still on the phone.
  await page.reload()
  await person.sees('承诺人已在手机上确认：孔伟')
  await page.getByRole('img', { name: '承诺人手写签名：孔伟' }).waitFor()
  await page.emulateMedia({ media: 'print' })
  await expect(person.button('打印承诺书').isVisible()).resolves.toBe(false)
  await expect(page.getByText('家中厨房').first().isVisible()).resolves.toBe(true)
  await page.emulateMedia({ media: 'screen' })

  await person.tap(person.button('重新填写'))
  await person.sees('在手机上填写并确认承诺书')
})

test('home offers the letter to a Jining person and not to a Wuhan person', async () => {
  const jining = await app.newPage('e2e-trauma-home-jining')
  await jining.goto(app.origin)
  const person = new Person(jining)
  await person.rememberRegion('济宁', '山东省 济宁市')
  await person.tap(person.button('外伤无第三方责任承诺书'))
  await person.sees('在手机上填写并确认承诺书')
  await app.screenshot(jining, 'trauma-commitment-from-home')

  const wuhan = await app.newPage('e2e-trauma-home-wuhan')
  await wuhan.goto(app.origin)
  const other = new Person(wuhan)
  await other.rememberRegion('武汉', '湖北省 武汉市')
  await other.sees('手工报销')
  await expect(other.button('外伤无第三方责任承诺书').count()).resolves.toBe(0)
})

test('a Wuhan person is told the letter is not part of their region’s rules', async () => {
  const page = await app.newPage('e2e-trauma-wuhan')
  await page.goto(`${app.origin}#/${ROUTE}`)
  const person = new Person(page)
  await person.sees('在手机上填写并确认承诺书')
  await person.pickPlace('参保地', '武汉', '湖北省 武汉市')
  await person.sees('的异地就医规定中没有《外伤无第三方责任承诺书》')
  await expect(person.textbox('承诺人姓名').count()).resolves.toBe(0)
  await app.screenshot(page, 'trauma-commitment-other-region')
})
