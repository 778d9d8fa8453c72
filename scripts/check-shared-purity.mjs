// The policy core runs on the phone and in the cloud: it may not reach for either platform.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = new URL('../shared/', import.meta.url).pathname
const forbidden = [
  [/from\s+['"]@tarojs\//, '@tarojs/*'],
  [/from\s+['"]@cloudbase\//, '@cloudbase/*'],
  [/from\s+['"]node:/, 'node:*'],
  [/from\s+['"](fs|path|os|crypto|child_process|http|https)['"]/, 'Node built-in'],
  [/require\(/, 'require()'],
  [/process\.env/, 'process.env'],
  [/\bwx\./, 'wx.*'],
]

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
  })

const problems = files(root).flatMap((file) => {
  const text = readFileSync(file, 'utf8')
  return forbidden
    .filter(([pattern]) => pattern.test(text))
    .map(([, what]) => `${relative(root, file)}: imports ${what}`)
})

if (problems.length > 0) {
  console.error(`shared/ must stay pure:\n${problems.join('\n')}`)
  process.exit(1)
}
console.log(`shared/ is pure (${files(root).length} files checked)`)
