// The whole product as `npm start` runs it — the local runtime over a temp data directory, serving the
// built H5 app — with real Chromium on a phone-sized screen. Tests drive it by what the screen says.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { ensureBuild, repoRoot } from './ensure-build'
import { CHROMIUM_ARGS, requireChromium } from './h5-browser'

export const SCREENSHOTS = path.join(repoRoot, 'test-results', 'screenshots')

/** A whole journey in Chromium: well under a second a step on a quiet machine, far more on a loaded one. */
export const JOURNEY_TIMEOUT_MS = 120_000

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

export interface AppSession {
  origin: string
  browser: Browser
  /** A fresh phone-sized page (own storage) signed in as `openid` through the dev sign-in's storage. */
  newPage(openid: string): Promise<Page>
  /** Stops the server (SIGTERM) and starts it again on the same data and port. */
  stopServer(): Promise<void>
  startServer(): Promise<void>
  screenshot(page: Page, name: string): Promise<void>
  close(): Promise<void>
}

export async function openApp(
  options: { staff?: string[]; env?: Record<string, string> } = {},
): Promise<AppSession> {
  const executablePath = requireChromium()
  ensureBuild('h5')
  mkdirSync(SCREENSHOTS, { recursive: true })
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yidi-e2e-'))
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}/`
  let server: ChildProcess | undefined
  let output = ''

  const startServer = async () => {
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['server/runtime/start.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        BUILD_H5: '0',
        DATA_KEY: 'e2e-test-key-0123456789abcdefghijklmnop',
        STAFF_OPENIDS: (options.staff ?? []).join(','),
        NODE_ENV: 'development',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    server = child
    child.stdout?.on('data', (chunk) => {
      output = (output + chunk).slice(-4000)
    })
    child.stderr?.on('data', (chunk) => {
      output = (output + chunk).slice(-4000)
    })
    for (let attempt = 0; attempt < 300; attempt++) {
      if (child.exitCode !== null) break
      const healthy = await fetch(`${origin}healthz`).then(
        (response) => response.ok,
        () => false,
      )
      if (healthy) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`the local runtime did not start:\n${output}`)
  }

  const stopServer = async () => {
    const child = server
    if (!child || child.exitCode !== null) return
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  }

  await startServer()
  let browser: Browser
  try {
    // --lang: the browser's own controls (the date input) in Chinese, as on a Chinese phone.
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--lang=zh-CN'] })
  } catch (error) {
    await stopServer()
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }

  return {
    origin,
    browser,
    async newPage(openid) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      })
      await context.addInitScript((id) => {
        if (!localStorage.getItem('yidi.dev-openid')) localStorage.setItem('yidi.dev-openid', id)
      }, openid)
      const page = await context.newPage()
      // Shorter than a test's own timeout, so a wait that never ends names the text it waited for.
      page.setDefaultTimeout(10_000)
      return page
    },
    stopServer,
    startServer,
    async screenshot(page, name) {
      // Taro's H5 page scrolls inside its own container: grow the viewport to show all of it, then restore.
      const viewport = page.viewportSize() ?? { width: 390, height: 844 }
      const height = await page.evaluate(() =>
        Math.max(...Array.from(document.querySelectorAll('.taro_page'), (node) => node.scrollHeight), 0),
      )
      await page.setViewportSize({
        width: viewport.width,
        height: Math.max(viewport.height, Math.min(height, 6000)),
      })
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) })
      await page.setViewportSize(viewport)
    },
    async close() {
      await browser.close().catch(() => undefined)
      await stopServer()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Taro's H5 router may slide a new page in: a screenshot of a journey waits until the page on top stands still. */
export const pageStandsStill = (page: Page) =>
  page.waitForFunction(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter(
      (node) => node.style.display !== 'none',
    )
    const top = pages[pages.length - 1]
    return top !== undefined && Math.abs(top.getBoundingClientRect().left) < 1
  })
