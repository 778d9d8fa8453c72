// Each cloud function is uploaded on its own, so shared/ and server/ are bundled into its index.js.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')
const functionsDir = path.join(root, 'cloudfunctions')
const only = process.argv.slice(2)

const names = readdirSync(functionsDir).filter(
  (name) =>
    existsSync(path.join(functionsDir, name, 'src', 'index.ts')) &&
    (only.length === 0 || only.includes(name)),
)

for (const name of names) {
  const outfile = path.join(functionsDir, name, 'index.js')
  const result = await build({
    entryPoints: [path.join(functionsDir, name, 'src', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    external: ['@cloudbase/node-sdk'],
    tsconfig: path.join(root, 'tsconfig.json'),
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  })
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0)
  console.log(`cloudfunctions/${name}/index.js  ${(bytes / 1024).toFixed(0)} KB`)
}
