// npm run fit:faq — learns the FAQ's terms from every blind writer's paraphrases and chooses the
// confidence threshold on held-out scores (each writer scored by terms fitted without it), then
// writes shared/faq/learned.data.ts with which writers it was fitted on.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chooseThreshold } from '../test/faq/calibrate'
import { fitLearnedTerms } from '../test/faq/fit-terms'
import { heldOutScores } from '../test/faq/leave-one-writer-out'
import { loadWriters } from '../test/faq/writers'

const TARGET = join(__dirname, '../shared/faq/learned.data.ts')

const writers = loadWriters()
const paraphrases = writers.flatMap((writer) => writer.queries)
const terms = fitLearnedTerms(paraphrases)
const threshold = chooseThreshold(heldOutScores(writers))
if (!Number.isFinite(threshold)) throw new Error('no confidence threshold could be chosen')

const from = { writers: writers.map((writer) => writer.writer), paraphrases: paraphrases.length }
const text = `// Written by \`npm run fit:faq\` from test/faq/writers; do not edit by hand.
import type { LearnedTerms } from './learned'

/** Which writers' paraphrases the shipped terms were fitted on. */
export const LEARNED_FROM = ${JSON.stringify(from)}

/** Below this confidence (confidence.ts) the first hit is not presented as the answer; chosen on held-out writers. */
export const MIN_CONFIDENCE = ${threshold}

export const LEARNED_TERMS: LearnedTerms = ${JSON.stringify(terms, null, 1)}
`
writeFileSync(TARGET, text)
console.log(
  `fitted on ${from.writers.join(', ')} (${from.paraphrases} paraphrases): ${Object.keys(terms).length} entries, ` +
    `${Buffer.byteLength(JSON.stringify(terms))} bytes of terms; confidence threshold ${threshold.toFixed(4)}`,
)
