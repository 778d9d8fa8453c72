// The second staff queue in real Chromium: a filing whose promised material (承诺补充) was supplemented is
// reviewed from 备案补充材料, the material viewed, approved; the person reads the result in 消息.
import type { FilingView } from '@shared/schemas/responses.schema'
import { todayInShanghai } from '@shared/time/calendar'
import type { Page } from 'playwright-core'
import { draft, idNumber } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { apiAt } from './h5-api'
import { type AppSession, openApp } from './h5-app'
import { pdfInvoice } from './h5-files'

const PERSON = 'e2e-jilin-worker'
const REVIEWER = 'e2e-filing-reviewer'

let app: AppSession
let filing: FilingView

const fn = (name: string, event: object, openid = PERSON) => apiAt(app.origin).call(openid, name, event)

const uploadProof = () => apiAt(app.origin).upload(PERSON, pdfInvoice(7), 'residence_proof')

beforeAll(async () => {
  app = await openApp({ staff: [REVIEWER] })
  const pending = (await fn('filing', {
    action: 'submit',
    draft: draft({
      insuredRegion: '220100',
      filingType: 'resident_worker',
      insured: { name: '王芳', idNumber: idNumber('220102', 31), phone: '13900139000' },
      startDate: todayInShanghai(new Date()),
      commitment: { accepted: true, supplementLater: true },
    }),
    idempotencyKey: 'e2e-filing-review-0001',
  })) as FilingView
  filing = (await fn('filing', {
    action: 'supplement',
    filingId: pending.filingId,
    materials: [{ kind: 'residence_proof', fileID: await uploadProof() }],
  })) as FilingView
}, BUILD_TIMEOUT_MS)

afterAll(() => app?.close())

const open = (page: Page, route: string) => page.goto(`${app.origin}#/${route}`)

test('staff review supplemented materials from their own queue and the person is told', async () => {
  const reviewer = await app.newPage(REVIEWER)
  await open(reviewer, 'packages/staff/pages/queue/index')
  await reviewer.getByRole('button', { name: '备案补充材料', exact: true }).click()
  await reviewer.getByRole('button').filter({ hasText: '王芳' }).click()
  await reviewer.getByText('备案补充材料审核').waitFor()
  await reviewer.getByRole('link', { name: '打开第 1 份 PDF', exact: true }).waitFor()
  expect(await seriousViolations(reviewer)).toEqual([])
  await app.screenshot(reviewer, 'staff-review-filing')
  await reviewer.getByRole('button', { name: '审核通过', exact: true }).click()
  await reviewer.getByText('“审核通过”已完成').waitFor()
  await reviewer.getByRole('button', { name: '打印异地备案表', exact: true }).click()
  // A Changchun filing prints the generic form titled for its region, never Jiangxi's 附件1.
  await reviewer
    .getByText(/异地就医备案表（参保地：.*长春/)
    .first()
    .waitFor()
  expect(await reviewer.getByText('江西省医疗保险异地备案表').count()).toBe(0)

  const person = await app.newPage(PERSON)
  await open(person, 'pages/messages/index')
  // The message names the material and the decision.
  const message = person.getByRole('button').filter({ hasText: '备案补充材料（就医地居住证明）审核通过' })
  await message.click()
  await person.getByText('补充材料审核').waitFor()
  await expect(person.getByText('审核通过（经办人员）').count()).resolves.toBe(1)
  expect(filing.review).toBe('awaiting')
})
