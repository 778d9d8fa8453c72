// npm run gen:clause-texts — copies the words of every clause the FAQ cites, from the notices in docs/notices/,
// into shared/policy/clause-texts.data.ts, so a 来源 line opens its clause offline. Run after the corpus changes.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { clauseTextsModule } from '../test/core/clause-texts-module'

const TARGET = join(__dirname, '../shared/policy/clause-texts.data.ts')
const text = clauseTextsModule()
writeFileSync(TARGET, text)
console.log(`wrote ${TARGET}: ${Buffer.byteLength(text)} bytes`)
