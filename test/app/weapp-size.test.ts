// The weapp package budget (npm run bench:size) on the build the other weapp tests use: the main package
// within 1 MB and the whole app within 2 MB, or WeChat (or our own budget) refuses it.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { BUILD_TIMEOUT_MS, ensureBuild, repoRoot } from './ensure-build'

test(
  'the mini-program stays within 1 MB main package and 2 MB in all',
  () => {
    const dist = ensureBuild('weapp')
    const run = spawnSync('node', [path.join(repoRoot, 'scripts', 'measure-weapp-size.mjs'), dist], {
      encoding: 'utf8',
    })
    console.log(run.stdout)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^main package: \d+ bytes/m)
  },
  BUILD_TIMEOUT_MS,
)
