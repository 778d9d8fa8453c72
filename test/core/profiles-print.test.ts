// npm run profiles:print as an agency reads it: each notice's date, effective date and precedence, the values a
// later rule superseded, and where each profile's shared rules are cited.
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(__dirname, '..', '..')
let printed = ''

beforeAll(() => {
  printed = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/print-profiles.ts'], {
    cwd: root,
    encoding: 'utf8',
  })
}, 60_000)

test('each notice is printed with its date, and Ganzhou with its effective date', () => {
  expect(printed).toContain(
    '赣 = 赣市医保字〔2019〕21号：日期 2019-07-22；自 2019-07-01 起执行（七：“本通知自2019年7月1日起执行”）',
  )
  expect(printed).toContain('吉 = 吉医保办〔2018〕6号：日期 2018-12-13')
  expect(printed).toContain('济宁 = 济宁市医疗保障局异地就医十项便民措施（2023-11-09）：日期 2023-11-09')
})

test("Hubei's precedence clause is printed", () => {
  expect(printed).toContain('效力：六“以往文件规定与本通知不一致的，以本通知为准”')
})

test("Ganzhou's one-year lock is printed as superseded by the national cap, with the date and why", () => {
  expect(printed).toMatch(/6个月 国 二\(三\)\*（自 2022-06-30 起取代 赣 一\(四\) 的 12）/)
  expect(printed).toContain('原“一年内不得变更或取消”超过此上限')
})

test('rules only another region states in these words are printed as 参照', () => {
  expect(printed).toContain('target 参照赣 一(一)')
  expect(printed).toContain('stayWithinValidity 参照鄂 二(二)')
})

test('医保发〔2022〕22号, whose text the product does not hold, is printed as unchecked, and so is every row citing it', () => {
  expect(printed).toContain(
    '国 = 医保发〔2022〕22号：日期 2022-06-30；原文未收录：所引条款号和内容未经本程序按原文核对',
  )
  expect(printed).not.toMatch(/国 [一二三四五六七八九十()]+(?!\*)[ |）（;]/)
  expect(printed).toContain('赣 一(四)')
  expect(printed).not.toContain('赣 一(四)*')
})
