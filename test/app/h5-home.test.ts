// The built H5 home page in real Chromium (Debian's package), served from dist/h5 over loopback.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { BUILD_TIMEOUT_MS, ensureBuild } from './ensure-build'

const ENTRY_LABELS = ['异地就医备案', '我的备案', '政策问答', '手工报销']
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

let server: Server
let browser: BrowserContext
let page: Page
let profileDir: string

function serve(root: string): Promise<Server> {
  const httpServer = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const file = path.join(root, urlPath === '/' ? 'index.html' : urlPath)
    if (!file.startsWith(root + path.sep)) return void response.writeHead(403).end()
    try {
      const body = readFileSync(file)
      response.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve(httpServer)))
}

beforeAll(async () => {
  const dist = ensureBuild('h5')
  server = await serve(dist)
  profileDir = mkdtempSync(path.join(tmpdir(), 'h5-home-chromium-'))
  // A fresh profile each run: nothing cached from an earlier build can leak in.
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
  })
  page = await browser.newPage()
  const { port } = server.address() as AddressInfo
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.locator('.home__footer').waitFor()
  await page.screenshot({ path: '/tmp/h5-home.png', fullPage: true })
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
  if (profileDir) rmSync(profileDir, { recursive: true, force: true })
})

test.each(ENTRY_LABELS)('the home page shows the entry %s', async (label) => {
  await expect(page.locator('.home-entry__title', { hasText: label }).isVisible()).resolves.toBe(true)
})

test('the home page footer gives the 12393 hotline', async () => {
  await expect(page.locator('.home__footer').textContent()).resolves.toBe(
    '以参保地医保经办机构解释为准 · 咨询电话 12393',
  )
})

test('the smallest text on a phone-width screen is still large (elderly users)', async () => {
  // 32 design px at 750 wide is about 16.6 CSS px on a 390 px phone once the rem script has run.
  const hint = await page
    .locator('.home-entry__hint')
    .first()
    .evaluate((node) => getComputedStyle(node).fontSize)
  expect(Number.parseFloat(hint)).toBeGreaterThanOrEqual(16)
})

test('tapping an entry that is not built yet says so', async () => {
  await page.locator('.home-entry', { hasText: '手工报销' }).click()
  await expect(page.getByText('即将开放').isVisible()).resolves.toBe(true)
})
