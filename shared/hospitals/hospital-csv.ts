import type { FieldIssue } from '../result'
import { type Hospital, hospitalSchema } from './hospital.schema'

/** The columns of an agency's file, in this order, with a header line. */
export const HOSPITAL_CSV_COLUMNS = [
  'code',
  'name',
  'region_code',
  'level',
  'kind',
  'provincial_inpatient',
  'provincial_outpatient',
  'provincial_chronic',
  'cross_inpatient',
  'cross_outpatient',
  'cross_chronic',
  'source_doc',
  'source_clause',
  'as_of',
  'illustrative',
] as const

/** One CSV line into fields: commas, and double quotes around a field that holds one ("" inside). */
const fieldsOf = (line: string): string[] => {
  const fields: string[] = []
  let current = ''
  let quoted = false
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (quoted && char === '"' && line[index + 1] === '"') {
      current += '"'
      index++
    } else if (char === '"') quoted = !quoted
    else if (char === ',' && !quoted) {
      fields.push(current)
      current = ''
    } else current += char
  }
  fields.push(current)
  return fields.map((field) => field.trim())
}

const YES = ['是', '1', 'true', 'y']
const NO = ['否', '0', 'false', 'n']
const flag = (value: string) =>
  value === '' || value === '未知'
    ? null
    : YES.includes(value.toLowerCase())
      ? true
      : NO.includes(value.toLowerCase())
        ? false
        : value
const LEVELS: Record<string, number | null> = { '': null, 一级: 1, 二级: 2, 三级: 3, '1': 1, '2': 2, '3': 3 }
const KINDS: Record<string, string> = { 综合: 'general', 专科: 'specialty', 药店: 'pharmacy' }

/** The row as the schema reads it; what cannot be read stays as typed, so the schema names the field. */
const rowOf = (cells: Record<string, string>) => ({
  code: cells.code,
  name: cells.name,
  regionCode: cells.region_code,
  level: cells.level in LEVELS ? LEVELS[cells.level] : cells.level,
  kind: KINDS[cells.kind] ?? cells.kind,
  provincial: {
    inpatient: flag(cells.provincial_inpatient),
    outpatient: flag(cells.provincial_outpatient),
    chronic: flag(cells.provincial_chronic),
  },
  crossProvince: {
    inpatient: flag(cells.cross_inpatient),
    outpatient: flag(cells.cross_outpatient),
    chronic: flag(cells.cross_chronic),
  },
  source: { doc: cells.source_doc, clause: cells.source_clause },
  asOf: cells.as_of,
  illustrative: flag(cells.illustrative) ?? false,
})

/** The column each schema path came from, so a refusal names the column the agency sees. */
const COLUMN_OF: Record<string, string> = {
  regionCode: 'region_code',
  'provincial.inpatient': 'provincial_inpatient',
  'provincial.outpatient': 'provincial_outpatient',
  'provincial.chronic': 'provincial_chronic',
  'crossProvince.inpatient': 'cross_inpatient',
  'crossProvince.outpatient': 'cross_outpatient',
  'crossProvince.chronic': 'cross_chronic',
  'source.doc': 'source_doc',
  'source.clause': 'source_clause',
  asOf: 'as_of',
}

export type CsvIssue = FieldIssue & { line: number }

/**
 * A whole file or nothing: every row is checked, and any problem (by line and column) refuses the file, so an
 * import never leaves half a list.
 */
export const parseHospitalCsv = (
  text: string,
): { ok: true; rows: Hospital[] } | { ok: false; issues: CsvIssue[] } => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const header = fieldsOf(lines[0] ?? '')
  if (header.join(',') !== HOSPITAL_CSV_COLUMNS.join(','))
    return {
      ok: false,
      issues: [{ line: 1, path: 'header', message: `第 1 行应为表头：${HOSPITAL_CSV_COLUMNS.join(',')}` }],
    }
  const rows: Hospital[] = []
  const issues: CsvIssue[] = []
  const seen = new Map<string, number>()
  lines.slice(1).forEach((line, index) => {
    const number = index + 2
    if (line.trim() === '') return
    const values = fieldsOf(line)
    if (values.length !== HOSPITAL_CSV_COLUMNS.length) {
      issues.push({
        line: number,
        path: 'row',
        message: `第 ${number} 行应有 ${HOSPITAL_CSV_COLUMNS.length} 列，实有 ${values.length} 列`,
      })
      return
    }
    const cells = Object.fromEntries(HOSPITAL_CSV_COLUMNS.map((column, at) => [column, values[at]]))
    const parsed = hospitalSchema.safeParse(rowOf(cells))
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join('.')
        const column = COLUMN_OF[path] ?? path
        issues.push({ line: number, path: column, message: `第 ${number} 行 ${column}：${issue.message}` })
      }
      return
    }
    const earlier = seen.get(parsed.data.code)
    if (earlier)
      issues.push({
        line: number,
        path: 'code',
        message: `第 ${number} 行 code：机构编码 ${parsed.data.code} 与第 ${earlier} 行重复`,
      })
    seen.set(parsed.data.code, number)
    rows.push(parsed.data)
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows }
}
