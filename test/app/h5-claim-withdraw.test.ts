// Withdrawing a claim before a decision, in real Chromium against the runtime; after it nothing more is offered.
import type { ClaimView } from '@shared/schemas/responses.schema'
import { prepareIdentityOverHttp } from '../identity-prelude'
import { idNumber } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp } from './h5-app'

const PERSON = 'e2e-withdrawing'
let app: AppSession
let claim: ClaimView

beforeAll(async () => {
  app = await openApp()
  const create = {
    action: 'create',
    insured: { name: '孙七', idNumber: idNumber('360702', 9), phone: '13500135000' },
    insuredRegion: '360700',
    insuranceType: 'resident',
    careType: 'emergency',
    hospital: { name: '上海市第六人民医院', regionCode: '310100' },
    admissionDate: '2026-10-01',
    totalCost: 3200,
    idempotencyKey: 'e2e-withdraw-0001',
  }
  await prepareIdentityOverHttp(app.origin, PERSON, 'claim', create)
  const response = await fetch(`${app.origin}api/fn/claim`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': PERSON },
    body: JSON.stringify(create),
  })
  claim = ((await response.json()) as { data: ClaimView }).data
}, BUILD_TIMEOUT_MS)

afterAll(() => app?.close())

test('a claim not yet decided can be withdrawn, and then offers nothing more to do', async () => {
  const page = await app.newPage(PERSON)
  await page.goto(`${app.origin}#/packages/claim/pages/detail/index?id=${claim.claimId}`)
  await page.getByText('上传材料后提交').waitFor()
  await page.getByRole('button', { name: '撤回申请', exact: true }).click()
  await page.getByRole('button', { name: '确认撤回', exact: true }).click()
  await page.locator('.record-head .status-chip').filter({ hasText: '已撤回' }).waitFor()
  await expect(page.getByRole('button', { name: '撤回申请', exact: true }).count()).resolves.toBe(0)
  await expect(page.getByText('上传材料后提交').count()).resolves.toBe(0)
  await expect(page.locator('.timeline__title').last().textContent()).resolves.toBe('已撤回（本人）')
})
