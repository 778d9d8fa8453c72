// Every page ROUTES names (navigation and notification links use them) is a page of the built app.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { NOTIFICATION_ROUTES, ROUTES } from '@shared/routes'
import { BUILD_TIMEOUT_MS, ensureBuild } from './ensure-build'

let pages: string[]
let mainPackage: string[]
beforeAll(() => {
  const appJson = JSON.parse(readFileSync(path.join(ensureBuild('weapp'), 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: { root: string; pages: string[] }[]
  }
  mainPackage = appJson.pages
  pages = [
    ...appJson.pages,
    ...(appJson.subPackages ?? []).flatMap((pkg) =>
      pkg.pages.map((page) => `${pkg.root.replace(/\/$/, '')}/${page}`),
    ),
  ]
}, BUILD_TIMEOUT_MS)

/** The development sign-in exists in the H5 build only; WeChat gives the OPENID. */
const H5_ONLY: readonly string[] = [ROUTES.signIn]

test.each(Object.entries(ROUTES).filter(([, page]) => !H5_ONLY.includes(page)))(
  'route %s (%s) is a page of the mini-program',
  (_, page) => {
    expect(pages).toContain(page)
  },
)

test('the development sign-in does not ship in the mini-program', () => {
  for (const page of H5_ONLY) expect(pages).not.toContain(page)
})

test('claim and staff pages live in their subpackages, messages in the main package', () => {
  expect(ROUTES.claims.startsWith('packages/claim/')).toBe(true)
  expect(ROUTES.staffQueue.startsWith('packages/staff/')).toBe(true)
  expect(mainPackage).toContain(ROUTES.messages)
})

test('every notification opens a page the app has', () => {
  for (const route of Object.values(NOTIFICATION_ROUTES)) expect(pages).toContain(ROUTES[route])
})
