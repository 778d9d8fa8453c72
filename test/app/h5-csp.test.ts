// The built H5 app under the server's Content-Security-Policy, in real Chromium: every page of the route table,
// with records to show (a filing with a supplemented photo, a claim with an invoice), raises no violation.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROUTES, type Route } from '@shared/routes'
import type { ClaimView, FilingView } from '@shared/schemas/responses.schema'
import { todayInShanghai } from '@shared/time/calendar'
import { draft, idNumber, inpatientClaim } from '../server/support'
import { BUILD_TIMEOUT_MS, repoRoot } from './ensure-build'
import { apiAt } from './h5-api'
import { type AppSession, openApp } from './h5-app'
import { pdfInvoice, photo } from './h5-files'

const STAFF = 'e2e-csp-staff'
let app: AppSession
let filing: FilingView
let claim: ClaimView

const fn = <T>(name: string, event: object) => apiAt(app.origin).call<T>(STAFF, name, event)

const uploaded = (file: { name: string; buffer: Buffer }) => apiAt(app.origin).upload(STAFF, file)

beforeAll(async () => {
  app = await openApp({ staff: [STAFF] })
  const drawing = await app.newPage(STAFF)
  const proof = await photo(drawing, '居住证明')
  await drawing.context().close()
  const pending = await fn<FilingView>('filing', {
    action: 'submit',
    draft: draft({
      insuredRegion: '220100',
      filingType: 'resident_worker',
      insured: { name: '王芳', idNumber: idNumber('220102', 61), phone: '13900139000' },
      startDate: todayInShanghai(new Date()),
      commitment: { accepted: true, supplementLater: true },
    }),
    idempotencyKey: 'e2e-csp-filing-0001',
  })
  filing = await fn<FilingView>('filing', {
    action: 'supplement',
    filingId: pending.filingId,
    materials: [{ kind: 'residence_proof', fileID: await uploaded(proof) }],
  })
  claim = await fn<ClaimView>('claim', {
    action: 'create',
    ...inpatientClaim(),
    idempotencyKey: 'e2e-csp-claim-1',
  })
  claim = await fn<ClaimView>('claim', {
    action: 'attach',
    claimId: claim.claimId,
    materials: [{ kind: 'invoice', fileID: await uploaded(pdfInvoice(3)) }],
  })
}, BUILD_TIMEOUT_MS)
afterAll(() => app?.close())

/** What each page is opened with: a record for the pages that show one. Every route must be listed. */
const QUERIES: Record<Route, () => string> = {
  home: () => '',
  filing: () => '',
  filings: () => '',
  filingDetail: () => `?id=${filing.filingId}`,
  filingCertificate: () => `?id=${filing.filingId}`,
  messages: () => '',
  faq: () => '',
  privacy: () => '',
  myData: () => '',
  signIn: () => '',
  verify: () => '',
  family: () => '',
  familyInvite: () => '',
  familyAccept: () => '',
  claims: () => '',
  claimNew: () => `?filingId=${filing.filingId}`,
  claimDetail: () => `?id=${claim.claimId}`,
  staffQueue: () => '',
  staffReview: () => `?kind=filing&id=${filing.filingId}`,
  staffForm: () => `?id=${filing.filingId}`,
  traumaCommitment: () => '',
  hospitals: () => '?region=360700',
}

/** The page's own title, from its config: how the walk knows the page, not a loading screen, is showing. */
const titleOf = (route: Route) => {
  const config = readFileSync(path.join(repoRoot, 'miniprogram', `${ROUTES[route]}.config.ts`), 'utf8')
  return /navigationBarTitleText: '([^']+)'/.exec(config)?.[1] ?? ''
}

test.each(Object.keys(ROUTES) as Route[])('%s raises no Content-Security-Policy violation', async (route) => {
  const page = await app.newPage(STAFF)
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation(text: string): void }).reportViolation
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  const answer = await page.goto(`${app.origin}#/${ROUTES[route]}${QUERIES[route]()}`)
  expect(answer?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/)
  await page.waitForFunction((title) => document.title === title, titleOf(route), { timeout: 30_000 })
  await page.waitForLoadState('networkidle', { timeout: 30_000 })
  await page.waitForFunction(() => !(document.body.textContent ?? '').includes('正在加载'), undefined, {
    timeout: 30_000,
  })
  // The staff review shows the supplemented photo from a blob: URL: it must have drawn.
  if (route === 'staffReview')
    await page.waitForFunction(() => {
      const image = document.querySelector('img.material-view__image') as HTMLImageElement | null
      return image?.complete && image.naturalWidth > 0
    })
  await app.screenshot(page, `csp-${route}`)
  expect(violations).toEqual([])
  await page.context().close()
})
