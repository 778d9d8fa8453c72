// The weapp package sizes (npm run bench:size) on the build the other weapp tests use: WeChat's limits
// (2 MB main and per subpackage, 20 MB in all) and our tighter budget (1 MB main, 2 MB in all).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { BUILD_TIMEOUT_MS, ensureBuild, repoRoot } from './ensure-build'

test(
  'the mini-program stays within WeChat package limits (2 MB main and per subpackage, 20 MB in all) and our 1 MB / 2 MB budget',
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
