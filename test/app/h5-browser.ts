// Real Chromium (Debian's package) against the built H5 app, served from dist/h5 over loopback.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { ensureBuild } from './ensure-build'

/** Debian's package; CHROMIUM points elsewhere (or at nothing, to see the message below). */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'

/** Fails at once with the fix, instead of a launch error deep in a test (or a run that never ends). */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests need Debian's Chromium and CJK fonts: ` +
        'apt-get install -y chromium fonts-noto-cjk (.ci/run installs them).',
    )
  return CHROMIUM
}

export const CHROMIUM_ARGS = [
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

export interface H5Session {
  page: Page
  /** http://127.0.0.1:<port>/ */
  origin: string
  close(): Promise<void>
}

/** Builds H5 when stale, serves it (nothing else: /api calls get 404) and opens a phone-sized page. */
export async function openH5(): Promise<H5Session> {
  const executablePath = requireChromium()
  const dist = ensureBuild('h5')
  const server = await serve(dist)
  const profileDir = mkdtempSync(path.join(tmpdir(), 'h5-chromium-'))
  let browser: BrowserContext
  try {
    // A fresh profile each run: nothing cached from an earlier build can leak in.
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      args: CHROMIUM_ARGS,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
    })
  } catch (error) {
    // Nothing may stay open on a failure path: an open server keeps jest from exiting.
    await new Promise((resolve) => server.close(resolve))
    rmSync(profileDir, { recursive: true, force: true })
    throw error
  }
  const page = await browser.newPage()
  const { port } = server.address() as AddressInfo
  return {
    page,
    origin: `http://127.0.0.1:${port}/`,
    async close() {
      await browser.close()
      await new Promise((resolve) => server.close(resolve))
      rmSync(profileDir, { recursive: true, force: true })
    },
  }
}
