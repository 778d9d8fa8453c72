// Sizes of the built mini-program against WeChat's package limits and the product's own tighter budget.
// WeChat (分包加载): 「整个小程序所有分包大小不超过 30M（服务商代开发的小程序不超过 20M）；单个分包/主包大小不能超过 2M」,
// so 20 MB in all, the lower of the two, whoever uploads. Our budget: main package 1 MB (first open on a weak
// network), whole app 2 MB. Run `npm run build:weapp` first.
// Usage: node scripts/measure-weapp-size.mjs [dist dir, default dist/weapp]
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const MB = 1024 * 1024
const WECHAT = { main: 2 * MB, subpackage: 2 * MB, total: 20 * MB }
const BUDGET = { main: 1 * MB, total: 2 * MB }

const dist = path.resolve(
  process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'weapp'),
)

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? files(full) : [full]
  })
}

let appJson
try {
  appJson = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8'))
} catch {
  console.error(`no build at ${dist}: run npm run build:weapp first`)
  process.exit(2)
}
const subpackageRoots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map(
  (pkg) => `${pkg.root.replace(/^\/+|\/+$/g, '')}/`,
)

let total = 0
let main = 0
const perSubpackage = new Map(subpackageRoots.map((root) => [root, 0]))
for (const file of files(dist)) {
  const bytes = statSync(file).size
  const relative = path.relative(dist, file).split(path.sep).join('/')
  total += bytes
  const root = subpackageRoots.find((candidate) => relative.startsWith(candidate))
  if (root) perSubpackage.set(root, perSubpackage.get(root) + bytes)
  else main += bytes
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const limits = (wechat, budget) => `WeChat limit ${kb(wechat)}${budget ? `, our budget ${kb(budget)}` : ''}`
console.log(`main package: ${main} bytes (${kb(main)}); ${limits(WECHAT.main, BUDGET.main)}`)
console.log(`total:        ${total} bytes (${kb(total)}); ${limits(WECHAT.total, BUDGET.total)}`)
for (const [root, bytes] of perSubpackage)
  console.log(`subpackage ${root}: ${bytes} bytes (${kb(bytes)}); ${limits(WECHAT.subpackage)}`)
const over = [
  main > WECHAT.main && 'main package over WeChat limit (upload refused)',
  total > WECHAT.total && 'whole app over WeChat limit (upload refused)',
  ...[...perSubpackage].map(([root, bytes]) => bytes > WECHAT.subpackage && `${root} over WeChat limit`),
  main > BUDGET.main && 'main package over our 1 MB budget',
  total > BUDGET.total && 'whole app over our 2 MB budget',
].filter(Boolean)
if (over.length > 0) {
  console.error(over.join('\n'))
  process.exit(1)
}
