// npm run bench:faq — accuracy, per-query latency, cold start and shipped size of the FAQ search.
// Bars (issue 9): sealed set top-1 ≥ 92 %, top-3 ≥ 98 %; the tuned sets keep their gates; p99 under
// 2 ms per query; shared/faq within its size budget. Only aggregate figures of the sealed set
// are printed: its queries are not to be tuned on.
// Issue 20: the blind writers, leave-one-writer-out (terms and confidence threshold fitted without
// the writer scored), next to the in-sample figure and the engine without learned terms; and the first answer a
// person meets on the FAQ page, in the built H5 app (built here when stale) with the CPU slowed 6×, under 100 ms.

import { LEARNED_FROM, MIN_CONFIDENCE } from '../shared/faq/learned.data'
import { createRanker } from '../shared/faq/rank'
import { hasMatch } from '../shared/faq/search'
import { HONEST_AIM, WRONG_CONFIDENT_AIM } from '../test/faq/calibrate'
import { measureColdStart } from '../test/faq/cold-start'
import { FAQ_SIZE_LIMIT_BYTES, measureFaqSize } from '../test/faq/faq-size'
import {
  baseline,
  inSample,
  leaveOneWriterOut,
  shipped,
  type WriterOutcome,
} from '../test/faq/leave-one-writer-out'
import { describeAccuracy, measureAccuracy } from '../test/faq/measure-accuracy'
import { measurePageFirstAnswer } from '../test/faq/page-first-answer'
import { GATES, SEALED_GATE, SEALED_SET, TUNED_SETS } from '../test/faq/query-sets'
import { CPU_SLOWDOWN, measureThrottledFirstAnswer } from '../test/faq/throttled-first-answer'
import { loadFreshWriters, loadWriters } from '../test/faq/writers'

const ROUNDS = 10
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const pct = (share: number) => `${(share * 100).toFixed(1)} %`

type Figure = 'top1' | 'top3' | 'answeredRight' | 'wrongConfident' | 'honest'
const mean = (rows: WriterOutcome[], figure: Figure) =>
  rows.reduce((sum, row) => sum + row[figure], 0) / rows.length
const worst = (rows: WriterOutcome[], figure: Figure, low = true) =>
  rows.reduce((a, b) => ((low ? b[figure] < a[figure] : b[figure] > a[figure]) ? b : a))
const pooledHonest = (rows: WriterOutcome[]) =>
  rows.reduce((sum, row) => sum + row.honest * row.unanswerable, 0) /
  rows.reduce((sum, row) => sum + row.unanswerable, 0)

const line = (label: string, row: Record<Figure, number>, threshold: string) =>
  `${label.padEnd(8)} ${pct(row.top1).padStart(7)} ${pct(row.top3).padStart(7)} ${pct(row.answeredRight).padStart(9)} ` +
  `${pct(row.wrongConfident).padStart(10)} ${pct(row.honest).padStart(8)} ${threshold.padStart(9)}`

const describeWriters = (title: string, rows: WriterOutcome[]) => {
  console.log(title)
  for (const row of rows) console.log(line(row.writer, row, row.threshold.toFixed(4)))
  const means = Object.fromEntries(
    (['top1', 'top3', 'answeredRight', 'wrongConfident'] as const).map((figure) => [
      figure,
      mean(rows, figure),
    ]),
  ) as Record<Figure, number>
  console.log(line('mean', { ...means, honest: pooledHonest(rows) }, ''))
  const lowest = worst(rows, 'top1')
  const wrongest = worst(rows, 'wrongConfident', false)
  const leastHonest = worst(rows, 'honest')
  console.log(
    `worst    top-1 ${pct(lowest.top1)} (${lowest.writer}), wrong-confident ${pct(wrongest.wrongConfident)} (${wrongest.writer}), ` +
      `honest ${pct(leastHonest.honest)} (${leastHonest.writer})`,
  )
}

const main = async () => {
  let started = performance.now()
  const { searchFaq } = await import('../shared/faq')
  const loadMs = performance.now() - started
  started = performance.now()
  searchFaq('急诊没备案')
  const firstMs = performance.now() - started

  const tuned = Object.entries(TUNED_SETS).map(([name, set]) => ({ name, ...measureAccuracy(set) }))
  const sealed = measureAccuracy(SEALED_SET)
  const oldRanker = createRanker({})
  const oldSearch = (q: string) => {
    const scored = oldRanker(q)
    return hasMatch(scored) ? scored.map((hit) => hit.entry.id) : []
  }
  const oldTuned = Object.entries(TUNED_SETS).map(([name, set]) => ({
    name,
    ...measureAccuracy(set, oldSearch),
  }))
  const oldSealed = measureAccuracy(SEALED_SET, oldSearch)

  const writers = loadWriters()
  const heldOut = leaveOneWriterOut(writers)
  const fitted = inSample(writers, MIN_CONFIDENCE)
  const old = baseline(writers)
  const fresh = loadFreshWriters()

  const queries = [
    ...[...Object.values(TUNED_SETS), SEALED_SET].flatMap((set) => set.map(({ q }) => q)),
    ...writers.flatMap((writer) => [...writer.queries.map(({ q }) => q), ...writer.unanswerable]),
  ]
  const times: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      const at = performance.now()
      searchFaq(query)
      times.push(performance.now() - at)
    }
  }
  times.sort((a, b) => a - b)
  const meanTime = times.reduce((sum, time) => sum + time, 0) / times.length
  const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))]

  const size = await measureFaqSize()
  const cold = await measureColdStart()
  const phone = await measureThrottledFirstAnswer()
  const onPage = await measurePageFirstAnswer()

  const checks = [
    ...tuned.map(
      ({ name, top1, top3 }) =>
        [
          `${name} top-1 ≥ ${pct(GATES[name].top1)}, top-3 ≥ ${pct(GATES[name].top3)}`,
          top1 >= GATES[name].top1 && top3 >= GATES[name].top3,
        ] as const,
    ),
    [
      'sealed set meets issue 9: top-1 ≥ 92 %, top-3 ≥ 98 %',
      sealed.top1 >= 0.92 && sealed.top3 >= 0.98,
    ] as const,
    [
      `sealed set gate: top-1 ≥ ${pct(SEALED_GATE.top1)}, top-3 ≥ ${pct(SEALED_GATE.top3)}, mixed second ≥ ${pct(SEALED_GATE.alsoTop3)}`,
      sealed.top1 >= SEALED_GATE.top1 &&
        sealed.top3 >= SEALED_GATE.top3 &&
        sealed.alsoTop3 >= SEALED_GATE.alsoTop3,
    ] as const,
    [
      `held-out writers beat the engine without learned terms: mean top-1 ${pct(mean(heldOut, 'top1'))} > ${pct(mean(old, 'top1'))}`,
      mean(heldOut, 'top1') > mean(old, 'top1'),
    ] as const,
    [
      `held-out wrong-confident ≤ ${pct(WRONG_CONFIDENT_AIM)} (mean) and honest ≥ ${pct(HONEST_AIM)} (pooled)`,
      mean(heldOut, 'wrongConfident') <= WRONG_CONFIDENT_AIM && pooledHonest(heldOut) >= HONEST_AIM,
    ] as const,
    ['p99 < 2 ms', quantile(0.99) < 2] as const,
    [
      `first answer on the FAQ page on a ${CPU_SLOWDOWN}× slower CPU under 100 ms (Enter to the answer in the page; after reading, and at once)`,
      onPage.afterReadingMs < 100 && onPage.atOnceMs < 100,
    ] as const,
    [`size ≤ ${kb(FAQ_SIZE_LIMIT_BYTES)}`, size.withPolicy.bytes <= FAQ_SIZE_LIMIT_BYTES] as const,
  ]

  console.log(`FAQ search benchmark (node ${process.version})`)
  console.log('tuned sets, new engine (learned terms):')
  for (const set of tuned) console.log(describeAccuracy(set.name, set))
  console.log(describeAccuracy('SEALED 2026', sealed))
  console.log('tuned sets, old engine (no learned terms):')
  for (const set of oldTuned) console.log(describeAccuracy(set.name, set))
  console.log(describeAccuracy('SEALED 2026', oldSealed))
  console.log(
    `\nblind writers (${writers.length}, ${writers[0].queries.length} paraphrases + ${writers[0].unanswerable.length} unanswerable each; ` +
      `shipped terms fitted on ${LEARNED_FROM.writers.join(', ')}, threshold ${MIN_CONFIDENCE.toFixed(4)})`,
  )
  console.log(
    `${'writer'.padEnd(8)} ${'top-1'.padStart(7)} ${'top-3'.padStart(7)} ${'answered'.padStart(9)} ${'wrong-conf'.padStart(10)} ${'honest'.padStart(8)} ${'threshold'.padStart(9)}`,
  )
  describeWriters(
    `HELD-OUT, leave one writer out: fitted on the other ${writers.length - 1}, threshold chosen on them`,
    heldOut,
  )
  console.log(
    "held out: each row's terms and threshold are fitted without its writer. Not held out: the engine's design " +
      '(field weights, the confidence formula coverage² × margin) was chosen by looking at these rows, so they are ' +
      'validation figures, not a sealed test.',
  )
  describeWriters(
    `IN-SAMPLE (fitted on all ${writers.length}, scored on the same) — not a generalisation figure`,
    fitted,
  )
  describeWriters('OLD ENGINE (no learned terms; answers whenever it shows a hit)', old)
  console.log(
    `\nfresh writers (${fresh.length}, ${fresh[0].queries.length} paraphrases + ${fresh[0].unanswerable.length} unanswerable each): ` +
      'written after the fit, never fitted on nor used to choose anything',
  )
  describeWriters('SEALED, the shipped engine', shipped(fresh))
  describeWriters('SEALED, old engine (no learned terms)', baseline(fresh))
  console.log(
    `\nlatency          ${times.length} searches (${ROUNDS} rounds): mean ${meanTime.toFixed(3)} ms, ` +
      `p50 ${quantile(0.5).toFixed(3)} ms, p95 ${quantile(0.95).toFixed(3)} ms, p99 ${quantile(0.99).toFixed(3)} ms, max ${quantile(1).toFixed(3)} ms`,
  )
  console.log(
    `cold start       in this process: module load ${loadMs.toFixed(0)} ms (tsx), first search ${firstMs.toFixed(1)} ms`,
  )
  console.log(
    `                 fresh node, shipped bundle (median of ${cold.runs}): load ${cold.loadMs.toFixed(1)} ms, ` +
      `first search ${cold.firstSearchMs.toFixed(1)} ms, second ${cold.secondSearchMs.toFixed(2)} ms`,
  )
  console.log(
    `                 the FAQ page, built H5 in Chromium, CPU ${CPU_SLOWDOWN}× slower (CDP), a fresh page a run (median of ${onPage.runs}): ` +
      `Enter to the answer in the page ${onPage.afterReadingMs.toFixed(1)} ms after reading the page a moment, ` +
      `${onPage.atOnceMs.toFixed(1)} ms typed the moment the hot questions show (the gate: both)\n` +
      `                 the search alone, not on the page (not the gate; the page warms the search 200 ms after it shows):\n` +
      `                 Chromium, CPU ${CPU_SLOWDOWN}× slower (CDP), bundle in a fresh page (median of ${phone.runs}): ` +
      `load ${phone.loadMs.toFixed(1)} ms, first answer ${phone.firstAnswerMs.toFixed(1)} ms, second ${phone.secondAnswerMs.toFixed(2)} ms; ` +
      `fastest load + first answer ${phone.bestMs.toFixed(1)} ms\n` +
      `                 opening the page parses the bundle too: parse + load ${phone.openMs.toFixed(1)} ms (paid when the page opens, before a question)\n` +
      `                 the FAQ page warms the search when it opens (warmFaq): the first question after that ${phone.warmedFirstAnswerMs.toFixed(1)} ms`,
  )
  console.log(
    `size             shared/faq ${size.faq.bytes} B = ${kb(size.faq.bytes)} (gzip ${kb(size.faq.gzip)}), ` +
      `esbuild --bundle --minify --charset=utf8 --format=esm, zod and shared/policy/* external`,
  )
  console.log(
    `                 with the policy modules it imports: ${kb(size.withPolicy.bytes)} (zod external: the policy core ships it anyway)`,
  )
  for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${label}`)
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
