// Sizes of the built mini-program against WeChat's package limits (the product holds the main
// package to 1 MB, WeChat itself refuses more than 2 MB). Run `npm run build:weapp` first.
// Usage: node scripts/measure-weapp-size.mjs [dist dir, default dist/weapp]
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const MAIN_LIMIT = 1024 * 1024
const TOTAL_LIMIT = 2 * 1024 * 1024

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
console.log(`main package: ${main} bytes (${kb(main)}), limit ${kb(MAIN_LIMIT)}`)
console.log(`total:        ${total} bytes (${kb(total)}), limit ${kb(TOTAL_LIMIT)}`)
for (const [root, bytes] of perSubpackage) console.log(`subpackage ${root}: ${bytes} bytes (${kb(bytes)})`)
if (main > MAIN_LIMIT || total > TOTAL_LIMIT) {
  console.error('over the size limit')
  process.exit(1)
}
