// The mini-program as WeChat's upload and review see it: project settings, the base-library minimum,
// the sitemap, and no development-only page or deprecated API in what ships.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { BASE_LIBRARY_NEEDS, MIN_BASE_LIBRARY } from '../../config/base-library'
import { BUILD_TIMEOUT_MS, ensureBuild, repoRoot } from './ensure-build'

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'))
const project = readJson(path.join(repoRoot, 'project.config.json'))
const deployGuide = readFileSync(path.join(repoRoot, 'docs', 'deploy-cloudbase.md'), 'utf8')

let dist: string
beforeAll(() => {
  dist = ensureBuild('weapp')
}, BUILD_TIMEOUT_MS)

test('DevTools runs the lowest base library the app supports, the highest any capability needs', () => {
  expect(MIN_BASE_LIBRARY).toBe('2.32.3')
  expect(project.libVersion).toBe(MIN_BASE_LIBRARY)
  expect(deployGuide).toContain(`基础库最低版本 ${MIN_BASE_LIBRARY}`)
  expect(BASE_LIBRARY_NEEDS.length).toBeGreaterThan(5)
})

test.each([
  ['minified', true],
  ['minifyWXML', true],
  ['minifyWXSS', true],
  ['urlCheck', true],
  // The build itself targets ES5 (weapp-es-level.test.ts proves it): a second transform at upload adds nothing.
  ['es6', false],
])('project setting %s is %s', (setting, value) => {
  expect(project.setting[setting]).toBe(value)
})

test('the AppID is a placeholder the deploy guide tells the agency to replace, or a real one', () => {
  expect(project.appid).toMatch(/^(touristappid|wx[0-9a-f]{16})$/)
  expect(deployGuide).toContain('"appid"')
})

test('WeChat search may index home and 政策问答 only', () => {
  expect(readJson(path.join(dist, 'app.json')).sitemapLocation).toBe('sitemap.json')
  const { rules } = readJson(path.join(dist, 'sitemap.json')) as { rules: { action: string; page: string }[] }
  expect(rules.filter((rule) => rule.action === 'allow').map((rule) => rule.page)).toEqual([
    'pages/index/index',
    'packages/faq/pages/index',
  ])
  expect(rules.at(-1)).toEqual({ action: 'disallow', page: '*' })
})

test('no file of the development sign-in ships', () => {
  expect(existsSync(path.join(dist, 'packages', 'dev'))).toBe(false)
  const appJson = readFileSync(path.join(dist, 'app.json'), 'utf8')
  expect(appJson).not.toContain('packages/dev')
})

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? sources(full) : /\.tsx?$/.test(entry.name) ? [full] : []
  })

test('the app calls no deprecated system-info API (getSystemInfoSync / getSystemInfo)', () => {
  const callers = sources(path.join(repoRoot, 'miniprogram')).filter((file) =>
    /getSystemInfo(Sync)?\b/.test(readFileSync(file, 'utf8')),
  )
  expect(callers).toEqual([])
})
