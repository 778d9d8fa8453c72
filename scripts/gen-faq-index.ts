// npm run gen:faq-index — builds the FAQ's search index at build time into shared/faq/search-index.data.ts,
// so the first search on a phone does not tokenize the corpus. Run after the corpus or the learned terms change.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { searchIndexModule } from '../test/faq/search-index-module'

const TARGET = join(__dirname, '../shared/faq/search-index.data.ts')
const text = searchIndexModule()
writeFileSync(TARGET, text)
console.log(`wrote ${TARGET}: ${Buffer.byteLength(text)} bytes`)
