// The 用户隐私保护指引 must match what the code collects (WeChat disables an undeclared API with errno 112, and
// review compares the two): every privacy API the app calls has an entry, docs/privacy.md lists every entry as
// the app shows it, and every retention period names its source or says it is an example.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PERSONAL_DATA, RETENTION } from '@shared/policy/privacy'
import { DOCUMENTS } from '@shared/policy/sources'
import { repoRoot } from './ensure-build'

/** WeChat's APIs that need a 指引 entry (小程序用户隐私保护指引内容介绍). */
const PRIVACY_APIS = [
  'chooseImage',
  'chooseMedia',
  'chooseVideo',
  'chooseMessageFile',
  'getLocation',
  'chooseLocation',
  'chooseAddress',
  'getPhoneNumber',
  'getUserProfile',
  'saveImageToPhotosAlbum',
  'getClipboardData',
  'setClipboardData',
  'startRecord',
  'getWeRunData',
  'chooseInvoice',
  'chooseLicensePlate',
]

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? sources(full) : /\.tsx?$/.test(entry.name) ? [full] : []
  })

const appCode = sources(path.join(repoRoot, 'miniprogram'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n')
const called = PRIVACY_APIS.filter((api) => new RegExp(`\\b(Taro|wx)\\.${api}\\b`).test(appCode))
const guide = readFileSync(path.join(repoRoot, 'docs', 'privacy.md'), 'utf8')
/** The cells of each row of the entries table. */
const rows = guide
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  )

test('the app calls the privacy APIs the table declares, and no other', () => {
  expect(called.sort()).toEqual(PERSONAL_DATA.flatMap((kind) => (kind.api ? [kind.api] : [])).sort())
})

test.each(PERSONAL_DATA.map((kind) => [kind.id, kind] as const))(
  'docs/privacy.md declares %s with its item, purpose and retention',
  (_, kind) => {
    const retention = RETENTION[kind.retention]
    const row = rows.find((cells) => cells[0] === kind.guide)
    expect(row).toEqual([
      kind.guide,
      kind.api ?? '—',
      kind.data,
      kind.purpose,
      `${retention.period}${retention.illustrative ? '（示例）' : ''}`,
    ])
  },
)

test.each(Object.entries(RETENTION))('retention %s names its source, or is marked an example', (_, rule) => {
  expect(rule.illustrative).toBe(rule.source.doc === DOCUMENTS.example)
  expect(rule.source.clause).not.toBe('')
})
