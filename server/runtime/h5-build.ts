import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * Serves dist/h5 when it exists; builds it in the background when it is missing (unless `build` is false),
 * and the API serves meanwhile, and if the build fails.
 */
export const ensureH5 = (
  root: string,
  log: (line: string) => void,
  build = true,
): { staticDir: () => string | undefined; stop(): void } => {
  const dir = path.join(root, 'dist', 'h5')
  const built = () => existsSync(path.join(dir, 'index.html'))
  let child: ReturnType<typeof spawn> | undefined
  if (build && !built()) {
    log('dist/h5 missing: running npm run build:h5 in the background')
    child = spawn('npm', ['run', 'build:h5'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      // Its own process group, so stopping it also stops the Taro and webpack processes under npm.
      detached: true,
    })
    let tail = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000)
    })
    child.on('error', (error) => log(`H5 build could not start: ${error.message}; serving the API only`))
    child.on('exit', (code) =>
      log(code === 0 ? 'H5 build finished' : `H5 build failed (exit ${code}); serving the API only\n${tail}`),
    )
  }
  return {
    staticDir: () => (built() ? dir : undefined),
    stop: () => {
      if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
    },
  }
}
