// The 手写签名 on the 材料与承诺 step in real Chromium (the simulator has no canvas): a finger stroke across the
// pad draws ink, 保存签名 uploads it, and the filing is accepted with the signature's file.
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp } from './h5-app'
import { PEOPLE, Person } from './h5-journey'
import { signaturePad, strokeAcrossPad } from './h5-signature-pad'

let app: AppSession
beforeAll(async () => {
  app = await openApp()
}, BUILD_TIMEOUT_MS)
afterAll(() => app?.close())

test(
  'a stroke on the pad draws, and 保存签名 keeps it with the filing',
  async () => {
    const page = await app.newPage('signature-1')
    await page.goto(`${app.origin}#/pages/filing/index`)
    const person = new Person(page)
    await person.fileForSelfToMaterials(PEOPLE.wuhan, {
      insuredRegion: ['武汉', '湖北省 武汉市'],
      type: '其他临时外出就医人员',
      destination: ['深圳', '广东省 深圳市'],
    })
    await person.sees('手写签名（可选）')

    const pad = signaturePad(page)
    const inkOf = () =>
      pad.evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
        let inked = 0
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked += 1
        return inked
      })
    expect(await inkOf()).toBe(0)
    await strokeAcrossPad(page)
    expect(await inkOf()).toBeGreaterThan(100)
    await person.sees('写好后点“保存签名”')
    await app.screenshot(page, 'signature-drawn')

    await person.tap(person.button('保存签名'))
    await person.sees('签名已保存')
    await person.tick('我已阅读并同意以上承诺')
    await person.next()
    await person.tap(person.button('确认提交'))
    await person.sees('备案已生效')
    // The server accepts the filing only if the signature's file is an upload of this caller (submit-filing).
  },
  BUILD_TIMEOUT_MS,
)
