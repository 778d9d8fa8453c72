/**
 * @jest-environment jsdom
 */
// Screen readers in the built mini-program. Taro leaves aria-* out of its weapp templates unless told
// (config/aria-plugin.ts): the templates must carry them, and every page must hand each of its interactive
// elements (taps, text boxes) a role and a name through them. Each page is rendered by the official wcc under
// miniprogram-simulate and its render data read through the same attribute table the templates use.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS, ensureBuild } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { g, type Rendered, renderPage, waitFor } from './weapp-sim'

type Template = { tag: string; role?: string; label?: string }

/**
 * Each node type's template in the built base.wxml (`tmpl_0_<nn>`, `tmpl_0_<nn>_focus` for text boxes): its tag
 * and the render-data keys its aria-role and aria-label read (`aria-role="{{i.p7||''}}"`).
 */
const templatesOf = (dist: string): Record<string, Template> => {
  const wxml = readFileSync(path.join(dist, 'base.wxml'), 'utf8')
  const found: Record<string, Template> = {}
  for (const [, nn, tag, attributes] of wxml.matchAll(
    /<template name="tmpl_0_(\d+)(?:_focus)?">\s*<([\w-]+) ([^>]*)>/g,
  )) {
    if (tag === 'template' && found[nn]) continue
    found[nn] = {
      tag,
      role: attributes.match(/aria-role="\{\{i\.(\w+)/)?.[1],
      label: attributes.match(/aria-label="\{\{i\.(\w+)/)?.[1],
    }
  }
  return found
}

let dist: string
let TEMPLATES: Record<string, Template>
beforeAll(() => {
  dist = ensureBuild('weapp')
  TEMPLATES = templatesOf(dist)
}, BUILD_TIMEOUT_MS)

// Taro keeps slim variants (a view with only a class) without attributes; the full template of each tag is
// the one any element with an aria prop is rendered with.
test.each(['view', 'text', 'image', 'input', 'textarea', 'canvas'])(
  'the %s template carries aria-role and aria-label',
  (tag) => {
    const full = Object.values(TEMPLATES).filter((template) => template.tag === tag && template.role)
    expect(full.length).toBeGreaterThan(0)
    for (const template of full) expect(template.label).toBeDefined()
  },
)

type DataNode = { nn?: string; cl?: string; v?: string; cn?: DataNode[]; [prop: string]: unknown }

/** What a screen reader gets from one node: its role and name, read through its template's keys. */
const ariaOf = (node: DataNode) => {
  const template = TEMPLATES[node.nn ?? '']
  return {
    tag: template?.tag,
    role: template?.role ? (node[template.role] as string | undefined) : undefined,
    label: template?.label ? (node[template.label] as string | undefined) : undefined,
  }
}

const textOf = (node: DataNode): string => node.v ?? (node.cn ?? []).map(textOf).join('')

/** Every tap (the app's one tappable component renders class `tap` / `tap-bare`) and every text box. */
function interactive(node: DataNode, found: DataNode[] = []): DataNode[] {
  const tag = TEMPLATES[node.nn ?? '']?.tag
  const classes = (node.cl ?? '').split(' ')
  if (classes.includes('tap') || classes.includes('tap-bare') || tag === 'input' || tag === 'textarea')
    found.push(node)
  for (const child of node.cn ?? []) interactive(child, found)
  return found
}

const appJson = () =>
  JSON.parse(readFileSync(path.join(ensureBuild('weapp'), 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages: { root: string; pages: string[] }[]
  }
const PAGES = (() => {
  const app = appJson()
  return [...app.pages, ...app.subPackages.flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`))]
})()

let store: TempStore
beforeAll(() => {
  store = tempStore(new Date().toISOString())
})
afterAll(() => store.dispose())

test.each(PAGES)(
  'every tap and text box of %s has a role and a name for 读屏',
  async (pagePath) => {
    // One app per page: a fresh module registry, and WeChat's chunk registry of the previous one dropped.
    jest.resetModules()
    if (g.wx) delete g.wx.webpackJsonp
    const page: Rendered = renderPage(
      pagePath,
      { cloud: inProcessCloud(store, 'aria-person') },
      { id: 'fl_none' },
    )
    const root = () => (page as unknown as { data: { root: DataNode } }).data.root
    // Loaded, or its loading failed: either way the page shows its controls.
    // Shown: its text is on screen and nothing is still loading (a page may have no controls at all).
    await waitFor(() => {
      const text = page.dom.textContent ?? ''
      return text.length > 0 && !/正在(读取|加载)/.test(text)
    }, 10000)
    const unnamed = interactive(root())
      .map((node) => ({ ...ariaOf(node), text: textOf(node), cl: node.cl }))
      .filter(
        ({ role, label, cl }) => !label || (cl?.includes('tap') && role !== 'button' && role !== 'link'),
      )
    expect(unnamed).toEqual([])
  },
  BUILD_TIMEOUT_MS,
)
