/**
 * @jest-environment jsdom
 */
// The built mini-program's 邀请家人代办 page under miniprogram-simulate, against the real functions and SQLite:
// a verified insured person reads what a family member may then do and for how long, makes a code, sees it
// with its expiry and copies it through wx.setClipboardData; the server holds that very code, open.
import { FAMILY_MEMBER_CAP, INVITATION_HOURS } from '@shared/policy/family'
import { ALICE, dataOf, idNumber, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const NOW = '2026-05-01T02:00:00.000Z'
let store: TempStore
let page: Rendered
const copied: string[] = []
let clipboardWorks = true
const bodyText = () => page.dom.textContent ?? ''

beforeAll(async () => {
  store = tempStore(NOW)
  await store.callAsIs(
    'identity',
    { action: 'verify', name: '李秀英', idNumber: idNumber('420105', 88) },
    ALICE,
  )
  page = renderPage('packages/identity/pages/invite/index', {
    cloud: inProcessCloud(store, ALICE),
    setClipboardData: (options: { data: string; success?: () => void; fail?: (error: object) => void }) => {
      if (!clipboardWorks) return options.fail?.({ errMsg: 'setClipboardData:fail' })
      copied.push(options.data)
      options.success?.()
    },
  })
  await waitFor(() => bodyText().includes('生成邀请码'), 10_000)
}, BUILD_TIMEOUT_MS)
afterAll(() => store.dispose())

test('the page says what the member may do, for how long, and how long the code lasts, before any code exists', () => {
  expect(bodyText()).toContain('为您代办异地就医备案和手工报销')
  expect(bodyText()).toContain('授权一直有效，直到您或家人在“家庭成员”中结束授权')
  expect(bodyText()).toContain(`邀请码 ${INVITATION_HOURS} 小时内有效，只能使用一次`)
})

test('at the member cap, 生成邀请码 says so and leads back to 家庭成员; nothing more is opened', async () => {
  for (let n = 0; n < FAMILY_MEMBER_CAP; n++) await store.callAsIs('identity', { action: 'invite' }, ALICE)
  byText(page, '.tap', '生成邀请码').dispatchEvent('tap')
  await waitFor(() => bodyText().includes(`最多可添加 ${FAMILY_MEMBER_CAP} 位家庭成员`), 10_000)
  expect(byText(page, '.tap', '回到家庭成员')).toBeTruthy()
  const { granted } = dataOf(
    'identity.members',
    await store.callAsIs('identity', { action: 'members' }, ALICE),
  )
  expect(granted).toHaveLength(FAMILY_MEMBER_CAP)
  for (const { authorisationId } of granted)
    await store.callAsIs('identity', { action: 'end', authorisationId }, ALICE)
})

test('生成邀请码 shows the server’s open code with its expiry; 复制邀请码 copies it, or says it could not', async () => {
  byText(page, '.tap', '生成邀请码').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('复制邀请码'), 10_000)
  const members = dataOf('identity.members', await store.callAsIs('identity', { action: 'members' }, ALICE))
  expect(members.granted).toHaveLength(1)
  const { code = '', expiresAt = '' } = members.granted[0]
  expect(code).toMatch(/^[A-F0-9]{12}$/)
  expect(texts(page, '.family-code__value').map((text) => text.replace(/\s/g, ''))).toEqual([code])
  expect(expiresAt).toBe(new Date(Date.parse(NOW) + INVITATION_HOURS * 3600_000).toISOString())
  // 72 hours after 10:00 on 1 May, Shanghai time.
  expect(bodyText()).toContain('2026-05-04 10:00 前有效')

  byText(page, '.tap', '复制邀请码').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('已复制'))
  expect(copied).toEqual([code])

  clipboardWorks = false
  byText(page, '.tap', '复制邀请码').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('没能复制'))
})
