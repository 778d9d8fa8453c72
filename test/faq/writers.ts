// The blind writers' paraphrases, parsed. writers/*.json: training data for the learned terms and the
// leave-one-writer-out test sets. fresh-writers/*.json: writers who came after the fit, never fitted
// on nor used to choose anything: a sealed test of the shipped engine.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

const writerSchema = z.object({
  writer: z.string().min(1),
  persona: z.string().min(1),
  queries: z.array(z.object({ entry: z.string().min(1), q: z.string().min(1) })).min(1),
  unanswerable: z.array(z.string().min(1)),
})

export type Writer = z.infer<typeof writerSchema>
export type Paraphrase = Writer['queries'][number]

const writersIn = (folder: string): Writer[] => {
  const dir = join(__dirname, folder)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => writerSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))))
}

/** The training writers, in file-name order. */
export const loadWriters = (): Writer[] => writersIn('writers')

/** The sealed writers: scored, never fitted on. */
export const loadFreshWriters = (): Writer[] => writersIn('fresh-writers')
