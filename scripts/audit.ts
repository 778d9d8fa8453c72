/**
 * Every staff decision, void and authorisation since a moment, oldest first, tab-separated:
 *   npm run audit -- --since 2026-05-01     (a Shanghai date, or an ISO time)
 * Reads DATA_DIR's database read-only; the table itself refuses updates and deletes.
 */
import path from 'node:path'
import { auditReport } from '../server/operations/audit-report'

const at = process.argv.indexOf('--since')
const since = at > 0 ? process.argv[at + 1] : '1970-01-01'
auditReport(path.resolve(process.env.DATA_DIR ?? '.data'), since ?? '1970-01-01').then(
  (lines) => {
    console.log(['seq', 'at', 'actor', 'action', 'record', 'note'].join('\t'))
    for (const line of lines) console.log(line)
  },
  (error) => {
    console.error(`audit: ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  },
)
