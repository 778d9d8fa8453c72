/**
 * @jest-environment jsdom
 */
// Who files, in the built mini-program under miniprogram-simulate with the official wcc; the functions run in
// process over real SQLite, with the gateway adapter against the stub 医保信息平台 on loopback. 为本人办理 is
// stopped at its step until 实名认证 (the page opens 实名认证 and, shown again, fills the verified person in); the
// look-up fills 参保地 and 参保类型, refuses a person the platform does not know with the hotline, shows a 备案
// made elsewhere instead of a second one, lets the person go on when it does not answer, and past its limit.

import { runInThisContext } from 'node:vm'
import { maskIdNumber } from '@shared/identity/id-number'
import { type StubGateway, startStubGateway } from '../server/stub-gateway'
import { idNumber, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { type Rendered, renderPage, texts, waitFor } from './weapp-sim'
import { wizardDriver } from './weapp-wizard'

const CALLER = 'weapp-identity'
const KEY = 'weapp-gateway-key-0123456789'
let stub: StubGateway
let store: TempStore
let page: Rendered
const opened: string[] = []

const { bodyText, seen, tap, choose, type, labels, next, passPrivacyNotice, shownAgain } = wizardDriver(
  () => page,
)

beforeAll(async () => {
  // The page lives in jsdom, which has no fetch of Node's; the functions running in process reach the stub
  // platform with one, as they do on a server.
  globalThis.fetch = runInThisContext('fetch') as typeof fetch
  stub = await startStubGateway(KEY)
  store = tempStore(new Date().toISOString(), {
    insuranceCoreEnv: {
      INSURANCE_CORE: 'gateway',
      INSURANCE_CORE_URL: stub.url,
      INSURANCE_CORE_KEY: KEY,
      INSURANCE_CORE_TIMEOUT_MS: '2000',
    },
  })
  page = renderPage('pages/filing/index', {
    cloud: inProcessCloud(store, CALLER),
    navigateTo: ({ url, success }: { url: string; success?: () => void }) => {
      opened.push(url)
      success?.()
    },
  })
  await seen('这次备案是为谁办理？')
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await store.dispose()
  await stub.close()
})

const verifyAs = (person: { name: string; idNumber: string }) =>
  store.callAsIs('identity', { action: 'verify', ...person }, CALLER)

/** Back on step 1, 为本人办理 chosen again as the account's (newly) verified person, then on to step 2. */
const againAs = async (person: { name: string; idNumber: string }) => {
  await verifyAs(person)
  while (!bodyText().includes('第 1 步')) await tap('.tap', '上一步')
  await seen('第 1 步')
  await choose('为家人代办')
  await choose('为本人办理')
  await seen(`${person.name}（${maskIdNumber(person.idNumber)}），将为您本人办理`)
  await next()
  await seen(`身份证号：${maskIdNumber(person.idNumber)}`)
}

const A = { name: '刘洋', idNumber: idNumber('420105', 501) }

test('为本人办理 unverified: said at the step, 下一步 stays, 去实名认证 opens the verification page', async () => {
  await choose('为本人办理')
  await seen('请先完成实名认证')
  await next()
  await seen('为本人办理请先完成实名认证：点下面的“去实名认证”')
  expect(bodyText()).toContain('第 1 步，共 8 步')
  await tap('.tap', '去实名认证')
  expect(opened).toEqual(['/packages/identity/pages/verify/index?from=filing'])
})

test('back from 实名认证 the verified person is filled in, and the look-up fills 参保地 and 参保类型', async () => {
  stub.insured.set(A.idNumber, { insutype: '390', insuplc_admdvs: '420500' })
  await verifyAs(A)
  await shownAgain()
  await seen(`${A.name}（${maskIdNumber(A.idNumber)}），将为您本人办理`)
  await next()
  await passPrivacyNotice()
  await seen(`姓名：${A.name}`)
  await seen('医保信息平台已查到参保信息')
  expect(labels()).toEqual(['手机号'])
  await seen('湖北省 宜昌市')
  const chosen = texts(page, '.choice-group__choice').find((text) => text.includes('已选'))
  expect(chosen).toContain('城乡居民')
})

test('a person the platform does not know is refused with its message and the hotline', async () => {
  await againAs({ name: '马丽', idNumber: idNumber('420105', 502) })
  await seen('未查到参保信息')
  await seen('如确已参保，请拨打 12393 咨询')
  expect(bodyText()).toContain('拨打医保服务热线 12393')
  await next()
  await waitFor(() => texts(page, '.error-banner').some((text) => text.includes('未查到')))
  expect(bodyText()).toContain('第 2 步，共 8 步')
})

test('a 备案 the platform holds from another channel is shown instead of starting a second one', async () => {
  const held = { name: '赵敏', idNumber: idNumber('420105', 503) }
  stub.insured.set(held.idNumber, { insutype: '310', insuplc_admdvs: '420100' })
  stub.held.set('R9000000002', {
    regno: 'R9000000002',
    certno: held.idNumber,
    data: { mdtrtarea_admdvs: '310101', dcla_type: '6', begndate: '2026-11-01', enddate: '2027-04-30' },
    active: true,
  })
  await againAs(held)
  await seen('已有异地就医备案')
  await seen('2026-11-01 至 2027-04-30（登记号 R9000000002）')
  await next()
  await waitFor(() => texts(page, '.error-banner').some((text) => text.includes('无需重复办理')))
  expect(bodyText()).toContain('第 2 步，共 8 步')
})

test('the platform not answering is said plainly and the person goes on', async () => {
  stub.setMode('down')
  try {
    await againAs({ name: '孙强', idNumber: idNumber('420105', 504) })
    await seen('医保信息平台暂时没有应答')
    await seen('可继续填写，提交后由经办机构核对')
  } finally {
    stub.setMode('up')
  }
  await type('手机号', '13800138000')
  await choose('城镇职工')
  await next()
  await seen('第 3 步，共 8 步')
})

test('past the hourly look-up limit the page says so and lets the person go on', async () => {
  const who = { name: '周杰', idNumber: idNumber('420105', 505) }
  stub.insured.set(who.idNumber, { insutype: '310', insuplc_admdvs: '420100' })
  await verifyAs(who)
  for (let index = 0; index < 20; index++) await store.callAsIs('filing', { action: 'lookup' }, CALLER)
  await againAs(who)
  await seen('查询参保信息太频繁（每小时最多 20 次）')
  await seen('可以继续填写，提交后由经办机构核对')
})
