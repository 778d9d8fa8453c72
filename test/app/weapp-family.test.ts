/**
 * @jest-environment jsdom
 */
// The built mini-program's 家庭成员 page under miniprogram-simulate, against the real functions and SQLite: the
// person sees whom they authorised (by the member's verified name), their open invitation, and who authorised
// them (a family member, and one recorded at the agency's window); 结束授权 and 取消邀请 ask first, a 不…了
// keeps the authorisation, a confirmed end removes it on the server.
import { ALICE, dataOf, idNumber, STAFF, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { settle } from './weapp-fields'
import { type Rendered, renderPage, waitFor } from './weapp-sim'

const NOW = '2026-05-01T02:00:00.000Z'
const SON = 'openid-son'
const FATHER = 'openid-father'
let store: TempStore
let page: Rendered
const bodyText = () => page.dom.textContent ?? ''

const send = (account: string, event: object) => store.callAsIs('identity', event, account)
const members = async (account = ALICE) =>
  dataOf('identity.members', await send(account, { action: 'members' }))

beforeAll(async () => {
  store = tempStore(NOW)
  await send(ALICE, { action: 'verify', name: '李秀英', idNumber: idNumber('420105', 88) })
  await send(SON, { action: 'verify', name: '王小明', idNumber: idNumber('420105', 89) })
  await send(FATHER, { action: 'verify', name: '王建国', idNumber: idNumber('420105', 90) })
  const toSon = dataOf('identity.invite', await send(ALICE, { action: 'invite' }))
  await send(SON, { action: 'accept', code: toSon.code })
  await send(ALICE, { action: 'invite' })
  const fromFather = dataOf('identity.invite', await send(FATHER, { action: 'invite' }))
  await send(ALICE, { action: 'accept', code: fromFather.code })
  // An aunt authorised her at the agency's window, with her papers.
  await store.callAsIs(
    'staff',
    {
      action: 'authorise',
      insured: { name: '李桂兰', idNumber: idNumber('420105', 91) },
      proxy: ALICE,
      note: '本人持身份证到窗口办理',
    },
    STAFF,
  )
  page = renderPage('packages/identity/pages/family/index', { cloud: inProcessCloud(store, ALICE) })
  await waitFor(() => bodyText().includes('我授权的家人'), 10_000)
}, BUILD_TIMEOUT_MS)
afterAll(() => store.dispose())

/** The row about `name`, and one of its taps by its words. */
const rowOf = (name: string) => {
  const row = page.querySelectorAll('.family-member').find((node) => node.dom.textContent?.includes(name))
  if (!row) throw new Error(`no member row for ${name}: ${bodyText()}`)
  return row
}
const tapIn = (name: string, words: string) => {
  const row = rowOf(name)
  const tap = page
    .querySelectorAll('.tap')
    .find((node) => row.dom.contains(node.dom) && node.dom.textContent?.trim() === words)
  if (!tap) throw new Error(`no “${words}” in the row of ${name}: ${row.dom.textContent}`)
  tap.dispatchEvent('tap')
}

test('granted (by name, and the open invitation with its code) and received are listed apart', async () => {
  const { granted } = await members()
  const open = granted.find((view) => view.status === 'invited')
  expect(rowOf('王小明').dom.textContent).toContain('可以为您代办异地就医备案和手工报销')
  expect(rowOf('邀请码').dom.textContent?.replace(/\s/g, '')).toContain(open?.code)
  expect(rowOf('王建国').dom.textContent).toContain('您可以为王建国代办')
  expect(rowOf('李桂兰').dom.textContent).toContain(
    '您可以为李桂兰代办异地就医备案和手工报销（在医保经办窗口登记）',
  )
  expect(bodyText()).toContain('邀请家人代办')
  expect(bodyText()).toContain('输入家人的邀请码')
})

test('结束授权 asks first; 不结束授权了 keeps it; 确认结束授权 ends it on the server', async () => {
  tapIn('王小明', '结束授权')
  await waitFor(() => bodyText().includes('结束后，王小明不能再为您代办备案和报销'))
  tapIn('王小明', '不结束授权了')
  await waitFor(() => !bodyText().includes('结束后，王小明'))
  expect((await members(SON)).received).toHaveLength(1)

  tapIn('王小明', '结束授权')
  await waitFor(() => bodyText().includes('确认结束授权'))
  tapIn('王小明', '确认结束授权')
  await waitFor(() => !bodyText().includes('王小明'), 10_000)
  expect((await members(SON)).received).toEqual([])
  await settle()
})

test('取消邀请 and ending a received authorisation work the same way, leaving both lists empty', async () => {
  tapIn('邀请码', '取消邀请')
  await waitFor(() => bodyText().includes('取消后这个邀请码不能再使用'))
  tapIn('邀请码', '确认取消邀请')
  await waitFor(() => bodyText().includes('还没有家人代您办理'), 10_000)

  tapIn('王建国', '结束授权')
  await waitFor(() => bodyText().includes('结束后，您不能再为王建国代办'))
  tapIn('王建国', '确认结束授权')
  await waitFor(() => !bodyText().includes('王建国'), 10_000)
  tapIn('李桂兰', '结束授权')
  await waitFor(() => bodyText().includes('结束后，您不能再为李桂兰代办'))
  tapIn('李桂兰', '确认结束授权')
  await waitFor(() => bodyText().includes('还没有家人授权您代办'), 10_000)
  expect(await members()).toEqual({ granted: [], received: [] })
})
