// The seven blind writers' paraphrases (writers/*.json), parsed: training data for the learned terms
// and the leave-one-writer-out test sets.
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

const DIR = join(__dirname, 'writers')

/** Every writer, in file-name order. */
export const loadWriters = (): Writer[] =>
  readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => writerSchema.parse(JSON.parse(readFileSync(join(DIR, name), 'utf8'))))
