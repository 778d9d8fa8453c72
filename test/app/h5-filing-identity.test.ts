// Who files, seen in real Chromium against the local runtime with the gateway adapter and the stub 医保信息平台:
// 为本人办理 is stopped at its step until 实名认证 and comes back to the draft; the verified person's name and ID
// number are filled in and not editable; 代办 offers the people who authorised the account, or says how to be
// authorised; the platform's look-up fills 参保地 and 参保类型 (changed only with a reason), refuses a person it does
// not know with the hotline, shows a 备案 made elsewhere instead of a second one, lets the person go on when it
// does not answer, and is refused past its hourly limit.
import { maskIdNumber } from '@shared/identity/id-number'
import { type StubGateway, startStubGateway } from '../server/stub-gateway'
import { idNumber } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, JOURNEY_TIMEOUT_MS, openApp } from './h5-app'
import { openWizard, PEOPLE, type Person } from './h5-journey'

const KEY = 'e2e-gateway-key-0123456789'
let stub: StubGateway
let app: AppSession
beforeAll(async () => {
  stub = await startStubGateway(KEY)
  app = await openApp({
    env: {
      INSURANCE_CORE: 'gateway',
      INSURANCE_CORE_URL: stub.url,
      INSURANCE_CORE_KEY: KEY,
      INSURANCE_CORE_TIMEOUT_MS: '2000',
    },
  })
}, BUILD_TIMEOUT_MS)
afterAll(async () => {
  await app?.close()
  await stub?.close()
})

/** Insured in 武汉 as an employee, as the platform records it. */
const insuredInWuhan = (person: { idNumber: string }) =>
  stub.insured.set(person.idNumber, { insutype: '310', insuplc_admdvs: '420100' })

/** 为本人办理 as a verified person, on to the person step with the platform's answer showing. */
const onPersonStep = async (openid: string, who: { name: string; idNumber: string }) => {
  const person = await openWizard(app, openid)
  await person.chooseSelf(who)
  await person.next()
  await person.acceptPrivacyNotice()
  await person.sees(`身份证号：${maskIdNumber(who.idNumber)}`)
  return person
}

/** 下一步 refused: the banner says why, and the step is still the person's. */
const stillOnPersonStep = async (person: Person, why: string) => {
  await person.page.locator('.error-banner').filter({ visible: true, hasText: why }).first().waitFor()
  await person.sees('第 2 步，共 8 步')
  await expect(person.page.getByText('第 3 步').filter({ visible: true }).count()).resolves.toBe(0)
}

test(
  '为本人办理 unverified: told at the step, taken to 实名认证, back to the draft with name and ID number filled',
  async () => {
    const me = { name: '刘洋', idNumber: idNumber('420105', 401), phone: '13800138000' }
    insuredInWuhan(me)
    const person = await openWizard(app, 'identity-gate')
    await person.choose('为本人办理')
    await person.sees('请先完成实名认证')
    await person.next()
    // Still the first step: 下一步 says why instead of moving on.
    await person.sees('为本人办理请先完成实名认证：点下面的“去实名认证”')
    await person.sees('第 1 步，共 8 步')
    await app.screenshot(person.page, 'identity-gate')
    expect(await seriousViolations(person.page)).toEqual([])

    await person.tap(person.button('去实名认证'))
    await person.type('姓名', me.name)
    await person.type('身份证号', me.idNumber)
    await person.tap(person.button('开始核验'))
    await person.sees(`已实名认证：${me.name}（${maskIdNumber(me.idNumber)}）`)
    await person.tap(person.button('回到备案，继续办理'))
    await person.sees('这次备案是为谁办理？')
    await person.sees(`${me.name}（${maskIdNumber(me.idNumber)}），将为您本人办理`)
    await person.next()
    await person.acceptPrivacyNotice()
    await person.sees(`姓名：${me.name}`)
    await person.sees(`身份证号：${maskIdNumber(me.idNumber)}`)
    // Not editable: no field to type a name or an ID number into.
    await expect(person.textbox('身份证号').count()).resolves.toBe(0)
    await expect(person.textbox('姓名').count()).resolves.toBe(0)
    await person.sees('医保信息平台已查到参保信息')
    await person.sees('已按医保信息平台的参保登记填写参保地和参保类型')
    await person.sees('湖北省 武汉市')
    await expect(person.page.getByRole('radio', { name: '城镇职工', exact: true }).isChecked()).resolves.toBe(
      true,
    )
    await person.type('手机号', me.phone)
    await app.screenshot(person.page, 'identity-person-filled')

    // A different 参保类型 than the platform's needs a reason.
    await person.choose('城乡居民')
    await person.sees('医保信息平台登记的是：湖北省 武汉市，城镇职工')
    await person.next()
    await person.sees('请填写更正原因')
    await app.screenshot(person.page, 'identity-correction')
    await person.type('更正原因', '今年起改为参加城乡居民医保')
    await person.next()
    await person.sees('备案类型')
  },
  JOURNEY_TIMEOUT_MS,
)

test(
  'a person the platform does not know is stopped with its message and the hotline',
  async () => {
    const stranger = { name: '马丽', idNumber: idNumber('420105', 402) }
    const person = await onPersonStep('identity-not-insured', stranger)
    await person.sees('未查到参保信息')
    await person.sees('如确已参保，请拨打 12393 咨询')
    await person.page.getByRole('link', { name: '拨打医保服务热线 12393' }).first().waitFor()
    await person.type('手机号', '13800138000')
    // Nothing more is asked of a person the platform does not know.
    await expect(person.page.getByText('参保类型').filter({ visible: true }).count()).resolves.toBe(0)
    await person.next()
    await stillOnPersonStep(person, '医保信息平台未查到该身份证号的参保信息')
    await app.screenshot(person.page, 'identity-not-insured')
  },
  JOURNEY_TIMEOUT_MS,
)

test(
  'a 备案 the platform holds from another channel is shown, and a second one is not started',
  async () => {
    const held = { name: '赵敏', idNumber: idNumber('420105', 403) }
    insuredInWuhan(held)
    stub.held.set('R9000000001', {
      regno: 'R9000000001',
      certno: held.idNumber,
      data: { mdtrtarea_admdvs: '110105', dcla_type: '2', begndate: '2026-11-01', enddate: '' },
      active: true,
    })
    const person = await onPersonStep('identity-held', held)
    await person.sees('已有异地就医备案')
    await person.sees('异地长期居住人员，备案到北京市，2026-11-01 起长期有效（登记号 R9000000001）')
    await person.type('手机号', '13800138000')
    await person.next()
    await stillOnPersonStep(person, '无需重复办理')
    await app.screenshot(person.page, 'identity-held-elsewhere')
  },
  JOURNEY_TIMEOUT_MS,
)

test(
  'the platform not answering is said plainly, and the person goes on choosing 参保地 themself',
  async () => {
    const who = { name: '孙强', idNumber: idNumber('420105', 404) }
    stub.setMode('down')
    try {
      const person = await onPersonStep('identity-unavailable', who)
      await person.sees('医保信息平台暂时没有应答')
      await person.sees('可继续填写，提交后由经办机构核对')
      await app.screenshot(person.page, 'identity-unavailable')
      await person.type('手机号', '13800138000')
      await person.pickPlace('参保地', '武汉', '湖北省 武汉市')
      await person.choose('城镇职工')
      await person.next()
      await person.sees('备案类型')
    } finally {
      stub.setMode('up')
    }
  },
  JOURNEY_TIMEOUT_MS,
)

test(
  '代办 offers the people who authorised the account, and says how to be authorised when none has',
  async () => {
    const alone = await openWizard(app, 'identity-no-members')
    await alone.choose('为家人代办')
    await alone.sees('还没有家人授权您代办')
    await alone.sees('在“家庭成员”中邀请您')
    await alone.button('我有家人的邀请码').waitFor()
    await app.screenshot(alone.page, 'identity-proxy-none')

    insuredInWuhan(PEOPLE.ganzhou)
    const person = await openWizard(app, 'identity-members')
    await person.authorisedBy(PEOPLE.ganzhou)
    await person.choose('为家人代办')
    await person.choose(PEOPLE.ganzhou.name)
    await person.choose('子女')
    await person.type('代办人姓名', '王小红')
    await person.type('代办人手机号', '13600136000')
    await person.tick('我已征得参保人本人同意代为办理')
    await app.screenshot(person.page, 'identity-proxy-members')
    await person.next()
    await person.acceptPrivacyNotice()
    await expect(person.textbox('参保人姓名').inputValue()).resolves.toBe(PEOPLE.ganzhou.name)
    await person.sees(
      `请填写${PEOPLE.ganzhou.name}的完整身份证号（${maskIdNumber(PEOPLE.ganzhou.idNumber)}）`,
    )
    await person.type('参保人身份证号', PEOPLE.ganzhou.idNumber)
    await person.sees('医保信息平台已查到参保信息')
    await person.sees('湖北省 武汉市')
  },
  JOURNEY_TIMEOUT_MS,
)

test(
  'past the hourly limit of look-ups the wizard says so and lets the person go on',
  async () => {
    const who = { name: '周杰', idNumber: idNumber('420105', 405) }
    insuredInWuhan(who)
    const person = await openWizard(app, 'identity-rate-limit')
    await person.verifiedAs(who)
    const statuses = await person.page.evaluate(async () => {
      const openid = localStorage.getItem('yidi.dev-openid') ?? ''
      const codes: number[] = []
      for (let index = 0; index < 20; index++) {
        const response = await fetch('/api/fn/filing', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Openid': openid },
          body: JSON.stringify({ action: 'lookup' }),
        })
        codes.push(response.status)
      }
      return codes
    })
    expect(statuses).toEqual(Array(20).fill(200))
    await person.choose('为本人办理')
    await person.next()
    await person.acceptPrivacyNotice()
    await person.sees('查询参保信息太频繁（每小时最多 20 次）')
    await person.sees('可以继续填写，提交后由经办机构核对')
    await app.screenshot(person.page, 'identity-rate-limited')
    await person.type('手机号', '13800138000')
    await person.pickPlace('参保地', '武汉', '湖北省 武汉市')
    await person.choose('城镇职工')
    await person.next()
    await person.sees('备案类型')
  },
  JOURNEY_TIMEOUT_MS,
)
