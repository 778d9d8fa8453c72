/**
 * @jest-environment jsdom
 */
// The built mini-program home page, rendered by the official WeChat template compiler (wcc)
// under miniprogram-simulate. Taro pages are `Page()`s; the simulator only hosts `Component()`s.
import path from 'node:path'
import { BUILD_TIMEOUT_MS, ensureBuild } from './ensure-build'

type Options = Record<string, unknown> & { data?: object }
type Host = { onLoad?: (query: object) => void; onShow?: () => void }

const ENTRY_LABELS = ['异地就医备案', '我的备案', '政策问答', '手工报销']

// biome-ignore lint/suspicious/noExplicitAny: the mini-program globals are untyped here
const g = global as any
let dist = ''
interface Rendered {
  dom: HTMLElement
  attach(parent: Element): void
  dispatchEvent(name: string): void
  /** Class and id selectors only; the simulator prefixes class names in the real DOM. */
  querySelector(selector: string): Rendered | null
  querySelectorAll(selector: string): Rendered[]
}
let page: Rendered

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for the page to render')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

beforeAll(() => {
  dist = ensureBuild('weapp')
  const simulate = require('miniprogram-simulate')
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
          this.onLoad?.({})
          this.onShow?.()
        },
      },
    })
  }
  require(path.join(dist, 'app.js'))
  ;(app.onLaunch as (options: object) => void).call(app, { path: 'pages/index/index', query: {} })

  const id = simulate.load(path.join(dist, 'pages/index/index'), { rootPath: dist, compiler: 'official' })
  page = simulate.render(id)
  page.attach(document.createElement('parent-wrapper'))
  return waitFor(() => (page.dom.textContent ?? '').includes('咨询电话'))
}, BUILD_TIMEOUT_MS)

test.each(ENTRY_LABELS)('the home page offers the entry %s', (label) => {
  const titles = page.querySelectorAll('.home-entry__title').map((node) => node.dom.textContent)
  expect(titles).toContain(label)
})

test('the home page footer gives the 12393 hotline', () => {
  expect(page.querySelector('.home__footer')?.dom.textContent).toBe(
    '以参保地医保经办机构解释为准 · 咨询电话 12393',
  )
})

test('tapping an entry that is not built yet says so', async () => {
  const showToast = jest.spyOn(g.wx, 'showToast')
  page.querySelectorAll('.home-entry')[3].dispatchEvent('tap')
  await waitFor(() => showToast.mock.calls.length > 0)
  expect(showToast.mock.calls[0][0]).toMatchObject({ title: '即将开放' })
})
