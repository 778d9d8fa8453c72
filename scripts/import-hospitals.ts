/**
 * Loads the designated-hospital directory from a CSV file into the local store (DATA_DIR):
 *   npm run hospitals:import -- hospitals.csv
 * Every row is checked first; a bad row is reported by line and column and nothing is imported.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { HOSPITAL_CSV_COLUMNS } from '@shared/hospitals/hospital-csv'
import { openDatabase } from '../server/adapters/sqlite/database.sqlite'
import { hospitalsSqlite } from '../server/adapters/sqlite/hospitals.sqlite'
import { importHospitalCsv } from '../server/use-cases/hospitals/hospitals'

const file = process.argv[2]
if (!file) {
  console.error(`usage: npm run hospitals:import -- <file.csv>  (columns: ${HOSPITAL_CSV_COLUMNS.join(',')})`)
  process.exit(2)
}
const db = openDatabase(path.resolve(process.env.DATA_DIR ?? '.data'))
void importHospitalCsv(hospitalsSqlite(db), readFileSync(file, 'utf8')).then((result) => {
  db.close()
  if (result.ok) return console.log(`imported ${result.value.imported} rows from ${file}`)
  for (const issue of result.error.issues ?? [{ message: result.error.message }]) console.error(issue.message)
  console.error('nothing imported')
  process.exit(1)
})
