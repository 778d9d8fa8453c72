// 我的数据 in real Chromium against the local runtime: a person sees what is held about them, with the
// retention of each kind; a withdrawn claim's materials are deleted after the page says what goes and what the
// agency keeps; a filing still in progress offers no deletion.
import { RETENTION } from '@shared/policy/privacy'
import type { ClaimView, FilingView } from '@shared/schemas/responses.schema'
import { todayInShanghai } from '@shared/time/calendar'
import { draft, idNumber, inpatientClaim } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { apiAt } from './h5-api'
import { type AppSession, openApp } from './h5-app'
import { pdfInvoice } from './h5-files'
import { Person } from './h5-journey'

const OPENID = 'e2e-my-data-person'
let app: AppSession

const fn = <T>(name: string, event: object) => apiAt(app.origin).call<T>(OPENID, name, event)

const uploaded = (file: { name: string; buffer: Buffer }) => apiAt(app.origin).upload(OPENID, file)

beforeAll(async () => {
  app = await openApp()
  await fn<FilingView>('filing', {
    action: 'submit',
    draft: draft({
      insured: { name: '孙丽', idNumber: idNumber('420105', 71), phone: '13700137000' },
      startDate: todayInShanghai(new Date()),
    }),
    idempotencyKey: 'e2e-my-data-filing-1',
  })
  const claim = await fn<ClaimView>('claim', {
    action: 'create',
    ...inpatientClaim(),
    idempotencyKey: 'e2e-my-data-claim-1',
  })
  await fn<ClaimView>('claim', {
    action: 'attach',
    claimId: claim.claimId,
    materials: [{ kind: 'invoice', fileID: await uploaded(pdfInvoice(7)) }],
  })
  await fn<ClaimView>('claim', { action: 'withdraw', claimId: claim.claimId })
}, BUILD_TIMEOUT_MS)
afterAll(() => app?.close())

test('from home, 我的数据 shows what is held and deletes a finished claim’s materials after saying what stays', async () => {
  const page = await app.newPage(OPENID)
  await page.goto(app.origin)
  const person = new Person(page)
  await person.tap(person.button('我的数据：查看和删除'))
  await person.sees('以下是我们保存的、由您本人提交的信息')
  await person.sees('备案 1 条')
  await person.sees('报销 1 条')
  await person.sees('上传的文件 1 份')
  await person.sees(`保存期限：${RETENTION.finishedFiling.period}（示例期限，以经办机构公布为准）`)
  await person.sees(`保存期限：${RETENTION.finishedClaim.period}`)
  await person.sees('办理中：办结后可申请删除')
  await person.sees('已撤回')
  await app.screenshot(page, 'my-data-overview')
  expect(await seriousViolations(page)).toEqual([])

  await person.tap(page.getByRole('button', { name: '删除北京协和医院的材料和个人信息' }))
  await person.sees('将删除：')
  await person.sees('加密保存的完整身份证号')
  await person.sees('依法保留：')
  await person.sees('审核和支付记录须作为会计和经办档案保存')
  await app.screenshot(page, 'my-data-confirm')
  await person.tap(person.button('确认删除'))
  await person.sees('删除材料和个人信息，办理记录依法保留')
  await person.sees('上传的文件 0 份')
  await app.screenshot(page, 'my-data-erased')
  expect(await seriousViolations(page)).toEqual([])
})

test('隐私说明 leads to 我的数据', async () => {
  const page = await app.newPage(OPENID)
  await page.goto(`${app.origin}#/packages/privacy/pages/index`)
  const person = new Person(page)
  await person.tap(person.button('查看我的数据'))
  await person.sees('以下是我们保存的、由您本人提交的信息')
})
