// Journeys A and B for the people the 承诺制 is for, in real Chromium against the local runtime: a Jilin
// migrant worker files before leaving and supplements a photo later; a Ganzhou retiree's cancel is refused
// with its source; the hospital-stay question answers with the rule.

import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp, pageStandsStill } from './h5-app'
import { PEOPLE, Person } from './h5-journey'

let app: AppSession
beforeAll(async () => {
  app = await openApp()
}, BUILD_TIMEOUT_MS)
afterAll(() => app?.close())

/** A photo as a phone takes it: 2400×1800 of noise (incompressible enough to be large), as a JPEG. */
const phonePhoto = async (person: Person) => {
  const base64 = await person.page.evaluate(async () => {
    const canvas = document.createElement('canvas')
    canvas.width = 2400
    canvas.height = 1800
    const context = canvas.getContext('2d') as CanvasRenderingContext2D
    const image = context.createImageData(canvas.width, canvas.height)
    for (let at = 0; at < image.data.length; at++) image.data[at] = at % 4 === 3 ? 255 : (at * 7919) % 251
    context.putImageData(image, 0, 0)
    const blob = await new Promise<Blob>((resolve) =>
      canvas.toBlob((b) => resolve(b as Blob), 'image/jpeg', 0.95),
    )
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let text = ''
    for (const byte of bytes) text += String.fromCharCode(byte)
    return btoa(text)
  })
  return { name: '居住证.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') }
}

test('a Jilin migrant worker files now under 承诺补充, then supplements a photo until the filing shows 生效', async () => {
  const page = await app.newPage('jilin-worker')
  await page.goto(app.origin)
  const person = new Person(page)
  await person.rememberRegion('长春', '吉林省 长春市')
  await person.tap(person.button('异地就医备案'))
  await person.chooseSelf(PEOPLE.jilin)
  await person.next()
  await person.fillPerson(PEOPLE.jilin)
  await person.next()
  await person.choose('常驻异地工作人员')
  await person.next()
  await person.pickPlace('就医地', '苏州', '江苏省 苏州市')
  await person.next()
  await person.next()
  await person.sees('就医地居住证明')
  await person.tick('现在还没有证明，先备案、取得后再上传（承诺补充）')
  await person.sees('承诺补充材料承诺书')
  await person.sees('来源：吉医保办〔2018〕6号 三(二)')
  await person.tick('我已阅读并同意以上承诺')
  await app.screenshot(page, 'b-jilin-materials')
  expect(await seriousViolations(page)).toEqual([])
  await person.next()
  await person.sees('请了解以下事项')
  await person.sees('待补充材料，补充后生效')
  await person.tap(person.button('确认提交'))
  await person.sees('备案已提交，待补充材料')
  await person.sees('就医地居住证明（居住证、房产证明或租房合同）')
  await app.screenshot(page, 'b-jilin-result')

  await page.goto(`${app.origin}#/pages/filings/index`)
  // The wizard's result page says 待补充材料 too: wait for the list's own card before the screenshot.
  await page.getByRole('button', { name: /常驻异地工作人员，备案到苏州市/ }).waitFor()
  await pageStandsStill(page)
  await app.screenshot(page, 'b-my-filings')
  expect(await seriousViolations(page)).toEqual([])
  await person.tap(page.getByRole('button', { name: /常驻异地工作人员，备案到苏州市/ }))
  await person.sees('补充材料')
  // A wrong file is refused on the phone with the server's words, before anything is sent.
  await page.getByLabel('就医地居住证明（居住证、房产证明或租房合同）：拍照或选择文件').setInputFiles(
    {
      name: '视频.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(30 * 1024 * 1024)]),
    },
    // 30 MB crosses the browser protocol as base64: allow for a busy machine.
    { timeout: 60_000 },
  )
  await person.sees('上传失败：文件不能超过 10 MB')
  await page
    .getByLabel('就医地居住证明（居住证、房产证明或租房合同）：拍照或选择文件')
    .setInputFiles(await phonePhoto(person))
  await person.sees('已上传')
  await person.sees('已压缩')
  // Uploaded is not yet handed in: the 已交材料 list says so in those words, never 没有上传材料 under 已上传.
  await person.sees('还没有交材料：在上面上传后，点“提交补充材料”才算交上')
  await expect(
    page.getByText('没有上传材料', { exact: false }).filter({ visible: true }).count(),
  ).resolves.toBe(0)
  // The photo itself is shown before it is submitted, and opens large.
  const preview = page.getByRole('img', { name: '居住证.jpg的照片预览' })
  await expect(preview.evaluate((node) => (node as HTMLImageElement).naturalWidth)).resolves.toBeGreaterThan(
    0,
  )
  await person.tap(person.button('查看大图：居住证.jpg'))
  await person.button('缩小照片：居住证.jpg').waitFor()
  expect((await preview.boundingBox())?.width).toBeGreaterThan(250)
  await app.screenshot(page, 'b-supplement-uploaded')
  await person.tap(person.button('提交补充材料'))
  await person.sees('补充材料待审核')
  await person.sees('1. 就医地居住证明（居住证、房产证明或租房合同）')
  await person.sees('李𬌗（2201**********4567）')
  await expect(
    page.locator('.record-head .status-chip').filter({ visible: true }).textContent(),
  ).resolves.toBe('生效')
  await app.screenshot(page, 'b-supplemented')
  expect(await seriousViolations(page)).toEqual([])
  // The 30 MB refusal and a photo's compression and upload alone take most of a minute on a loaded machine.
}, 120_000)

test("a Ganzhou retiree's long-term filing: cancel is refused with the rule and its source", async () => {
  const page = await app.newPage('ganzhou-retiree')
  await page.goto(app.origin)
  const person = new Person(page)
  await person.rememberRegion('赣州', '江西省 赣州市')
  await person.tap(person.button('异地就医备案'))
  await person.choose('为家人代办')
  await person.sees('您是看病的家人（参保人）的什么人？')
  await person.choose('子女')
  await person.type('代办人姓名', '王小红')
  await person.type('代办人手机号', '13600136000')
  await person.sees('代办确认')
  await person.tick('我已征得参保人本人同意代为办理')
  await app.screenshot(page, 'b-proxy')
  await person.next()
  await person.fillPerson(PEOPLE.ganzhou, '城乡居民', '参保人')
  await person.next()
  await person.choose('异地安置退休人员')
  await person.next()
  await person.pickPlace('就医地', '广州', '广东省 广州市')
  await person.next()
  await person.next()
  await person.tick('我已阅读并同意以上承诺')
  await person.next()
  // 广州 is 跨省: the national two-way rule, and why 赣州's stop at home does not apply to this filing.
  await person.sees('跨省备案在备案有效期内确需回参保地就医的，无需撤销备案，可在参保地结算')
  await app.screenshot(page, 'b-ganzhou-confirmation')
  await person.tap(person.button('确认提交'))
  await person.sees('备案已生效')
  await person.tap(person.button('查看我的备案'))
  await person.sees('办理记录')
  await person.sees('提交（家属代办）')

  // The lock and the day it ends are said before anything is filled; the locked actions cannot be started.
  const lockEnds = (
    await page
      .getByText(/备案满 6 个月后，即 \d{4}-\d{2}-\d{2} 起，方可变更就医地或撤销备案/)
      .first()
      .textContent()
  )?.match(/\d{4}-\d{2}-\d{2}/)?.[0]
  await person.sees('来源：医保发〔2022〕22号 二(三)')
  expect(await person.button(`撤销备案（${lockEnds} 起可办）`).isDisabled()).toBe(true)
  expect(await person.button(`变更就医地（${lockEnds} 起可办）`).isDisabled()).toBe(true)
  await app.screenshot(page, 'b-cancel-locked')
  expect(await seriousViolations(page)).toEqual([])

  // Will a stay that starts tomorrow settle directly under this filing, at a hospital typed (not in the list)?
  const tomorrow = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10)
  await person.type('就诊医院', '广州市第一人民医院')
  await page.getByLabel('入院日期', { exact: true }).fill(tomorrow)
  await person.tap(person.button('查询'))
  await person.sees('无法确认能否直接结算')
  await person.sees('入院日期在备案有效期内')
  // Only Hubei's notice states this rule in these words: a Ganzhou person is shown it as 参照.
  await person.sees('来源：参照鄂医保办〔2022〕28号 二(二)')
  await person.sees('广州市第一人民医院未从定点医院名单中选择（未核验）')
})

test('my filings with none yet says so and offers to file', async () => {
  const page = await app.newPage('nobody-yet')
  await page.goto(`${app.origin}#/pages/filings/index`)
  const person = new Person(page)
  await person.sees('您还没有办理过异地就医备案')
  await person.tap(person.button('去办理备案'))
  await person.sees('这次备案是为谁办理？')
})

test('the dev sign-in switches identity, so one browser can act as two people', async () => {
  const page = await app.newPage('first-person')
  await page.goto(`${app.origin}#/packages/dev/pages/sign-in/index`)
  const person = new Person(page)
  await person.sees('当前身份：first-person')
  expect(await seriousViolations(page)).toEqual([])
  await person.type('测试身份', '../bad')
  await person.tap(person.button('以此身份使用'))
  await person.sees('测试身份只能包含字母、数字')
  await person.type('测试身份', 'second-person')
  await person.tap(person.button('以此身份使用'))
  await person.sees('异地就医备案')
  await expect(page.evaluate(() => localStorage.getItem('yidi.dev-openid'))).resolves.toBe('second-person')
})
