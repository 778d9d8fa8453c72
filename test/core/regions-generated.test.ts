import { execFileSync } from 'node:child_process'

test('the committed region table is exactly what the generator makes from @vant/area-data', () => {
  expect(() => execFileSync('node', ['scripts/gen-regions.mjs', '--check'], { stdio: 'pipe' })).not.toThrow()
})
