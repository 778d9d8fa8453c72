// Hosts a page of the built mini-program (dist/weapp) under miniprogram-simulate, rendered by the
// official WeChat template compiler (wcc). Taro pages are `Page()`s; the simulator only hosts
// `Component()`s, so `Page` is replaced by a Component that fires onLoad/onShow on attach.
// Use from a jsdom test file, one page per file (the simulator loads a component once).
import path from 'node:path'
import { ensureBuild, type Variant } from './ensure-build'

type Options = Record<string, unknown> & { data?: object }
type Host = { onLoad?: (query: object) => void; onShow?: () => void }

export interface Rendered {
  dom: HTMLElement
  attach(parent: Element): void
  /** `touches`: the fingers of a touch event (x, y), as the canvas handlers read them. */
  dispatchEvent(
    name: string,
    options?: { detail?: object; touches?: object[]; changedTouches?: object[] },
  ): void
  /** Class and id selectors only; the simulator prefixes class names in the real DOM. */
  querySelector(selector: string): Rendered | null
  querySelectorAll(selector: string): Rendered[]
}

// biome-ignore lint/suspicious/noExplicitAny: the mini-program globals are untyped here
export const g = global as any

/** Rendering is asynchronous: polls until `condition` holds. */
export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for the page to render')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/**
 * Builds weapp when stale, launches the app and renders `page` (e.g. 'packages/faq/pages/index'). `wx`
 * replaces APIs of the simulator's `wx` before the app starts (the phone's settings, say).
 */
export function renderPage(
  page: string,
  wx: Record<string, unknown> = {},
  /** The page's query (?id=…), as WeChat hands it to onLoad. */
  query: Record<string, string> = {},
  /** A build with variables of its own (the self-hosted API's origin, say). */
  variant?: Variant,
): Rendered {
  const dist = ensureBuild('weapp', variant)
  const simulate = require('miniprogram-simulate')
  Object.assign(g.wx, wx)
  let app: Options = {}
  g.App = (options: Options) => {
    app = options
  }
  g.getApp = () => app
  g.getCurrentPages = () => []
  g.Page = (options: Options) => {
    const methods = Object.fromEntries(
      Object.entries(options).filter(([, value]) => typeof value === 'function'),
    )
    g.Component({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Host) {
          this.onLoad?.(query)
          this.onShow?.()
        },
      },
    })
  }
  require(path.join(dist, 'app.js'))
  ;(app.onLaunch as (options: object) => void).call(app, { path: page, query })

  const id = simulate.load(path.join(dist, page), { rootPath: dist, compiler: 'official' })
  const rendered: Rendered = simulate.render(id)
  rendered.attach(document.createElement('parent-wrapper'))
  return rendered
}

/** The texts of every node matching a class selector. */
export const texts = (root: Rendered, selector: string): string[] =>
  root.querySelectorAll(selector).map((node) => node.dom.textContent ?? '')

/** The Tap (or any node of `selector`) whose text is `text`; throws if the page has none. */
export const byText = (root: Rendered, selector: string, text: string): Rendered => {
  const found = root.querySelectorAll(selector).find((node) => (node.dom.textContent ?? '').trim() === text)
  if (!found) throw new Error(`no ${selector} reading “${text}” in: ${texts(root, selector).join(' | ')}`)
  return found
}
