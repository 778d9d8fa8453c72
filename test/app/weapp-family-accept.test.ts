/**
 * @jest-environment jsdom
 */
// The built mini-program's 输入邀请码 page under miniprogram-simulate, against the real functions and SQLite: a
// family member types the insured person's code. Every way a code is refused (malformed, unknown, expired,
// used, one's own, an account no longer verified) is said in words on the page and authorises nothing; a good
// code typed with spaces in lower case is accepted and the server then lets the member act for the person.
import { INVITATION_HOURS } from '@shared/policy/family'
import { ALICE, dataOf, idNumber, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { settle, typeInto } from './weapp-fields'
import { byText, type Rendered, renderPage, waitFor } from './weapp-sim'

const NOW = '2026-05-01T02:00:00.000Z'
const MOTHER = 'openid-mother'
const STRANGER = 'openid-stranger'
const RELATIVE = ALICE
const PEOPLE = {
  mother: { name: '李秀英', idNumber: idNumber('420105', 88) },
  relative: { name: '王小明', idNumber: idNumber('420105', 89) },
  stranger: { name: '赵五', idNumber: idNumber('420105', 90) },
}
let store: TempStore
let page: Rendered
const bodyText = () => page.dom.textContent ?? ''

const verify = async (account: string, person: { name: string; idNumber: string }) =>
  dataOf('identity.verify', await store.callAsIs('identity', { action: 'verify', ...person }, account))
const invite = async (account = MOTHER) =>
  dataOf('identity.invite', await store.callAsIs('identity', { action: 'invite' }, account)).code ?? ''
const receivedBy = async (account: string) =>
  dataOf('identity.members', await store.callAsIs('identity', { action: 'members' }, account)).received

beforeAll(async () => {
  store = tempStore(NOW)
  await verify(MOTHER, PEOPLE.mother)
  await verify(RELATIVE, PEOPLE.relative)
  await verify(STRANGER, PEOPLE.stranger)
  page = renderPage('packages/identity/pages/accept/index', { cloud: inProcessCloud(store, RELATIVE) })
  await waitFor(() => bodyText().includes('请向家人要 12 位邀请码'), 10_000)
}, BUILD_TIMEOUT_MS)
afterAll(() => store.dispose())

/** Types the code and taps 接受邀请; resolves once the page shows `expected`. */
const accept = async (code: string, expected: string) => {
  await typeInto(page, '邀请码', code)
  byText(page, '.tap', '接受邀请').dispatchEvent('tap')
  await waitFor(() => bodyText().includes(expected), 10_000)
}

const hours = (count: number) => new Date(Date.parse(NOW) + count * 3600_000).toISOString()

/** Each refusal: how the code comes to be, and the words the page must show. */
const REFUSALS: [string, () => Promise<string>, string][] = [
  ['a code of the wrong shape', async () => 'ABC-123', '邀请码应为 12 位字母或数字'],
  ['an unknown code', async () => '0123456789AB', '邀请码不存在，请核对后重新输入'],
  [
    'an expired code',
    async () => {
      const code = await invite()
      store.clock.set(hours(INVITATION_HOURS + 1))
      return code
    },
    '该邀请已过期，请让家人重新邀请',
  ],
  [
    'a code another account already used',
    async () => {
      const code = await invite()
      await store.callAsIs('identity', { action: 'accept', code }, STRANGER)
      return code
    },
    '该邀请已被使用或已取消',
  ],
  ['a code of my own', async () => invite(RELATIVE), '不能接受自己发出的邀请'],
  [
    'a code typed after my verification moved to another phone',
    async () => {
      await verify('openid-relative-new-phone', PEOPLE.relative)
      return invite()
    },
    '请先完成实名认证',
  ],
]

test.each(REFUSALS)('%s is refused in words and authorises nothing', async (_, codeOf, expected) => {
  store.clock.set(NOW)
  const code = await codeOf()
  await accept(code, expected)
  if (expected === '请先完成实名认证') {
    expect(byText(page, '.tap', '去实名认证')).toBeTruthy()
    await verify(RELATIVE, PEOPLE.relative)
  }
  expect(await receivedBy(RELATIVE)).toEqual([])
  await settle()
})

test('a good code, typed in lower case with spaces, makes the member able to act for the person', async () => {
  store.clock.set(NOW)
  const code = await invite()
  const typed = `${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8)}`.toLowerCase()
  await accept(typed, '已接受邀请：您现在可以为李秀英')
  expect(bodyText()).toContain('代办异地就医备案和手工报销')
  expect(byText(page, '.tap', '去办理备案')).toBeTruthy()
  expect(await receivedBy(RELATIVE)).toEqual([
    expect.objectContaining({ status: 'active', insured: expect.objectContaining({ name: '李秀英' }) }),
  ])
})
