// The first search after a cold start, as the server sees it: a fresh node process loads the
// minified bundle that ships and searches once (the index ships built; its postings are decoded on demand).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'

const ENTRY = join(__dirname, '../../shared/faq/index.ts')
const RUNS = 5

const PROBE = `
const t0 = performance.now()
const { searchFaq } = await import('./faq.mjs')
const t1 = performance.now()
searchFaq('急诊没备案')
const t2 = performance.now()
searchFaq('退休去女儿那住')
const t3 = performance.now()
console.log(JSON.stringify({ loadMs: t1 - t0, firstSearchMs: t2 - t1, secondSearchMs: t3 - t2 }))
`

export interface ColdStart {
  runs: number
  loadMs: number
  firstSearchMs: number
  secondSearchMs: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export const measureColdStart = async (): Promise<ColdStart> => {
  const dir = mkdtempSync(join(tmpdir(), 'faq-cold-'))
  try {
    await build({
      entryPoints: [ENTRY],
      bundle: true,
      minify: true,
      charset: 'utf8',
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outfile: join(dir, 'faq.mjs'),
      logLevel: 'silent',
    })
    writeFileSync(join(dir, 'probe.mjs'), PROBE)
    const samples = Array.from({ length: RUNS }, () =>
      JSON.parse(execFileSync(process.execPath, [join(dir, 'probe.mjs')], { encoding: 'utf8' })),
    )
    return {
      runs: RUNS,
      loadMs: median(samples.map((s) => s.loadMs)),
      firstSearchMs: median(samples.map((s) => s.firstSearchMs)),
      secondSearchMs: median(samples.map((s) => s.secondSearchMs)),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
