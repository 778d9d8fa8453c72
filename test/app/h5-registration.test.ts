// A filing reaches the 医保信息平台: with the platform down the person sees 登记中, and once it is back and the
// worker has run, the open filing turns to 已登记 with the platform's number. Real Chromium, the local
// runtime with the gateway adapter, the stub platform of the server tests on loopback.

import { type StubGateway, startStubGateway } from '../server/stub-gateway'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp } from './h5-app'
import { PEOPLE, Person } from './h5-journey'

const KEY = 'e2e-gateway-key-0123456789'
let stub: StubGateway
let app: AppSession
beforeAll(async () => {
  stub = await startStubGateway(KEY)
  // The platform knows them as insured: the wizard's look-up lets them file.
  for (const person of Object.values(PEOPLE))
    stub.insured.set(person.idNumber, { insutype: '310', insuplc_admdvs: '420100' })
  app = await openApp({
    staff: ['staff-registrations'],
    env: {
      INSURANCE_CORE: 'gateway',
      INSURANCE_CORE_URL: stub.url,
      INSURANCE_CORE_KEY: KEY,
      INSURANCE_CORE_TIMEOUT_MS: '2000',
      INSURANCE_CORE_POLL_MS: '300',
      INSURANCE_CORE_RETRY_BASE_MS: '300',
      INSURANCE_CORE_RETRY_CAP_MS: '1000',
    },
  })
}, BUILD_TIMEOUT_MS)
afterAll(async () => {
  await app?.close()
  await stub?.close()
})

const fileTemporary = async (openid: string, person: typeof PEOPLE.wuhan) => {
  const page = await app.newPage(openid)
  await page.goto(app.origin)
  const filer = new Person(page)
  await filer.rememberRegion('武汉', '湖北省 武汉市')
  await filer.tap(filer.button('异地就医备案'))
  await filer.fileTemporaryToCard(person)
  await filer.sees('登记完成后即可在就医地直接结算')
  await filer.tap(filer.button('确认提交'))
  return filer
}

test('登记中 while the platform is down, then 已登记 with its number once the worker has delivered it', async () => {
  stub.setMode('down')
  const person = await fileTemporary('registration-journey', PEOPLE.wuhan)
  const { page } = person
  await person.sees('备案已生效')
  await person.sees('登记中')
  await person.sees('已提交，正在登记到医保信息平台')
  await app.screenshot(page, 'registration-pending')
  await person.tap(person.button('查看我的备案'))
  await person.sees('办理记录')
  await person.sees('已提交，正在登记到医保信息平台')
  expect(await seriousViolations(page)).toEqual([])

  stub.setMode('up')
  // The open page asks again by itself while 登记中: no reload, no pull-down.
  await page
    .getByText('已登记，可在就医地直接结算')
    .filter({ visible: true })
    .first()
    .waitFor({ timeout: 60_000 })
  const [number] = [...stub.held.keys()]
  await person.sees(`登记号：${number}`)
  await person.sees('登记时间：')
  await app.screenshot(page, 'registration-registered')
  expect(await seriousViolations(page)).toEqual([])
})

test('a refusal shows the reason and what to do; staff retry it from 平台登记 once corrected', async () => {
  const ganzhou = { ...PEOPLE.ganzhou }
  stub.refuse.set(ganzhou.idNumber, { field: 'psn_name', reason: '与参保登记信息不一致' })
  const person = await fileTemporary('registration-refused', ganzhou)
  await person.tap(person.button('查看我的备案'))
  await person.page
    .getByText('原因：姓名：与参保登记信息不一致')
    .filter({ visible: true })
    .first()
    .waitFor({ timeout: 60_000 })
  await person.sees('请核对姓名是否与参保登记一致')
  await app.screenshot(person.page, 'registration-refused')

  const staffPage = await app.newPage('staff-registrations')
  await staffPage.goto(app.origin)
  const staff = new Person(staffPage)
  await staff.tap(staff.button('经办审核'))
  await staff.tap(staff.button('平台登记'))
  await staff.sees('平台未予登记')
  await staff.sees('原因：姓名：与参保登记信息不一致')
  await staffPage.getByLabel('处理备注').fill('已与平台核对姓名')
  await staff.tap(staff.button('保存备注'))
  await app.screenshot(staffPage, 'registration-staff-queue')
  expect(await seriousViolations(staffPage)).toEqual([])
  stub.refuse.delete(ganzhou.idNumber)
  await staff.tap(staff.button('重新发送'))
  await staff.sees('没有待处理的平台登记')
  await person.page.reload()
  await person.page
    .getByText('已登记，可在就医地直接结算')
    .filter({ visible: true })
    .first()
    .waitFor({ timeout: 60_000 })
})
