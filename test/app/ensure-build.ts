import { execSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export const repoRoot = path.resolve(__dirname, '..', '..')

/** A cold build takes 8–30 s here; leave room for a busy two-core CI machine. */
export const BUILD_TIMEOUT_MS = 300_000

export type Target = 'weapp' | 'h5'

/** The file a finished build writes; its mtime says when the build ran. */
const MARKER: Record<Target, string> = { weapp: 'app.json', h5: 'index.html' }
const SOURCES = ['miniprogram', 'shared', 'config', 'babel.config.js', 'package.json']

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0
  const stat = statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestMtime(path.join(file, name))), 0)
}

/** A second build of a target with build variables of its own, into dist/<target>-<name>. */
export interface Variant {
  name: string
  env: Record<string, string>
}

/** Builds dist/<target> (or the variant's folder) unless it exists and is newer than every source; returns its path. */
export function ensureBuild(target: Target, variant?: Variant): string {
  const folder = variant ? `${target}-${variant.name}` : target
  const dist = path.join(repoRoot, 'dist', folder)
  const marker = path.join(dist, MARKER[target])
  const builtAt = existsSync(marker) ? statSync(marker).mtimeMs : 0
  const sourcesAt = Math.max(...SOURCES.map((source) => newestMtime(path.join(repoRoot, source))))
  if (builtAt > sourcesAt) return dist
  // Jest sets NODE_ENV=test; Taro would keep it and babel-preset-taro would then add react-refresh
  // to a production H5 bundle ("$RefreshReg$ is not defined"). Build exactly as `npm run` does.
  const { NODE_ENV: _jest, ...inherited } = process.env
  const env = variant ? { ...inherited, ...variant.env, OUTPUT_ROOT: `dist/${folder}` } : inherited
  try {
    execSync(`npm run build:${target}`, {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      timeout: BUILD_TIMEOUT_MS,
    })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer }
    throw new Error(`npm run build:${target} failed:\n${`${stdout}\n${stderr}`.slice(-4000)}`)
  }
  return dist
}
