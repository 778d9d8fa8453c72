// 家庭成员 (亲情账户) in real Chromium against the local runtime (development adapter), as two people on two
// phones: a mother, verified, invites from home → 家庭成员 → 邀请家人代办 and copies the code; her son, not yet
// verified, is sent to 实名认证 first, comes to 家庭成员 from there, is told plainly when he mistypes the code,
// then accepts it; the mother sees him by name and ends the authorisation after a confirmation. 大字模式 on.
import { idNumber } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { apiAt } from './h5-api'
import { type AppSession, JOURNEY_TIMEOUT_MS, openApp } from './h5-app'
import { Person } from './h5-journey'

const MOTHER = { openid: 'e2e-family-mother', name: '李秀英', idNumber: idNumber('420105', 71) }
const SON = { openid: 'e2e-family-son', name: '王小明', idNumber: idNumber('420105', 72) }
let app: AppSession

beforeAll(async () => {
  app = await openApp()
}, BUILD_TIMEOUT_MS)
afterAll(() => app?.close())

const members = (openid: string) =>
  apiAt(app.origin).call<{ granted: unknown[]; received: unknown[] }>(openid, 'identity', {
    action: 'members',
  })

const phoneOf = async (who: { openid: string }) => {
  const page = await app.newPage(who.openid)
  await page.goto(app.origin)
  return new Person(page)
}

test(
  'a mother invites her son, he accepts after 实名认证, and she ends it again',
  async () => {
    const mother = await phoneOf(MOTHER)
    await mother.verifiedAs(MOTHER)
    await mother.tick('大字模式')
    await mother.tap(mother.button('家庭成员：让家人代办，或代家人办理'))
    await mother.sees('还没有家人代您办理。')
    await mother.sees('还没有家人授权您代办。')
    await mother.tap(mother.button('邀请家人代办'))
    await mother.sees('授权一直有效，直到您或家人在“家庭成员”中结束授权')
    await mother.sees('邀请码 72 小时内有效，只能使用一次')
    expect(await seriousViolations(mother.page)).toEqual([])
    await mother.tap(mother.button('生成邀请码'))
    await mother.sees('前有效（72 小时），只能使用一次')
    const shown =
      (await mother.page.locator('.family-code__value').filter({ visible: true }).textContent()) ?? ''
    const code = shown.replace(/\s/g, '')
    expect(code).toMatch(/^[A-F0-9]{12}$/)
    await mother.tap(mother.button('复制邀请码'))
    await mother.sees('已复制，可以粘贴到微信或短信里发给家人。')
    await app.screenshot(mother.page, 'family-invite-code')
    expect(await seriousViolations(mother.page)).toEqual([])

    const son = await phoneOf(SON)
    await son.tap(son.button('家庭成员：让家人代办，或代家人办理'))
    await son.sees('邀请家人代办或接受家人的邀请前，请先完成实名认证')
    await app.screenshot(son.page, 'family-unverified')
    await son.tap(son.button('去实名认证'))
    await son.type('姓名', SON.name)
    await son.type('身份证号', SON.idNumber)
    await son.tap(son.button('开始核验'))
    await son.sees('已实名认证：王小明')
    await son.tap(son.button('家庭成员：让家人代办，或代家人办理'))
    await son.tap(son.button('输入家人的邀请码'))
    const mistyped = code.slice(0, 11) + (code.endsWith('0') ? '1' : '0')
    await son.type('邀请码', mistyped)
    await son.tap(son.button('接受邀请'))
    await son.sees('邀请码不存在，请核对后重新输入')
    expect((await members(SON.openid)).received).toEqual([])
    await son.type('邀请码', code.toLowerCase())
    await son.tap(son.button('接受邀请'))
    await son.sees('已接受邀请：您现在可以为李秀英')
    await app.screenshot(son.page, 'family-accepted')
    expect(await seriousViolations(son.page)).toEqual([])

    await mother.tap(mother.button('回到家庭成员'))
    await mother.sees('王小明')
    await mother.sees('可以为您代办异地就医备案和手工报销')
    await mother.tap(mother.button('结束授权：王小明'))
    await mother.sees('结束后，王小明不能再为您代办备案和报销')
    await app.screenshot(mother.page, 'family-end-confirm')
    expect(await seriousViolations(mother.page)).toEqual([])
    await mother.tap(mother.button('确认结束授权：王小明'))
    await mother.sees('还没有家人代您办理。')
    expect(await members(MOTHER.openid)).toEqual({ granted: [], received: [] })
    expect((await members(SON.openid)).received).toEqual([])
  },
  JOURNEY_TIMEOUT_MS,
)

test(
  'with the network gone, 家庭成员 says so with 重试, and 重试 brings the lists once it is back',
  async () => {
    const mother = await phoneOf(MOTHER)
    const offline = (route: { abort(reason: string): Promise<void> }) => route.abort('internetdisconnected')
    await mother.page.route('**/api/fn/identity', offline)
    await mother.tap(mother.button('家庭成员：让家人代办，或代家人办理'))
    await mother.sees('网络不可用，请稍后重试')
    await app.screenshot(mother.page, 'family-offline')
    await mother.page.unroute('**/api/fn/identity', offline)
    await mother.tap(mother.button('重试'))
    await mother.sees('我授权的家人')
    await mother.sees('我可以代办的人')
  },
  JOURNEY_TIMEOUT_MS,
)
