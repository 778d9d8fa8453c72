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
  expect(printed).toContain(
    '6个月 示例（国 二(三)* 上限：不超过6个月）（自 2022-06-30 起取代 赣 一(四) 的 12个月）',
  )
  // 一(四) quoted with its 原则上; what the cap leaves untouched and what is unchecked is said.
  expect(printed).toContain('一(四)原文：“原则上一年内不得变更或取消异地备案”')
  expect(printed).toContain('对省内市外备案是否同样适用、自印发日（2022-06-30）还是另定日期施行，均未经核对')
  expect(printed).toContain('一(四)的暂停刷卡结算和转诊转院、异地急诊门诊住院各限结算一次')
})

test('a clause that lets people file first and supply later is not cited for the filing taking effect at once', () => {
  // 赣 二 says 允许先备案后承诺…及时补充: when the filing takes effect is the service's reading, shown as the example.
  expect(printed).toContain('先备案、后补充（拟赴就医地工作的参保人员） 赣 二；提交即生效、90日内补 示例')
  expect(printed).not.toMatch(/提交即生效[^|；]* 赣/)
  // 吉 三(二) does say it: 备案在补充材料后即时生效.
  expect(printed).toContain('补充后生效（拟赴就医地工作的两类人员） 吉 三(二)')
})

/** One profile's part of the print. */
const section = (id: string) => printed.split('\n### ').find((part) => part.startsWith(id)) ?? ''

test('a ceiling is printed as 不超过, never as the value itself', () => {
  expect(section('hubei-2022')).toContain('降低不超过10个百分点 鄂 三(一)')
  expect(section('hubei-2022')).toContain('降低不超过20个百分点 鄂 三(一)')
  expect(printed).not.toMatch(/−(10|20) /)
  // The national lock: 6 months is this service's example within the cap.
  expect(section('national-2022')).toContain('6个月 示例（国 二(三)* 上限：不超过6个月）')
  expect(printed).not.toContain('6个月 国 二(三)*（示例）')
})

test("Ganzhou's ratio and unfiled cut are printed in its own words", () => {
  const ganzhou = section('ganzhou-2019')
  expect(ganzhou).not.toContain('赣 三(一)（示例）')
  // Nor is a long-term row's 0 attributed to 国 二(六), which lowers only temporary filings.
  expect(printed).not.toContain('−0 国 二(六)*（示例）')
  expect(ganzhou).toContain(
    '−0 示例；按照就医地的医保目录和赣州市异地就医的住院起付线、报销比例、最高支付限额等标准结算 赣 三(一)',
  )
  expect(ganzhou).toContain(
    'unfiled reduction: 下降 10%（申请手工报销结算…报销比例在现行统筹地区外报账比例的基础上下降） 赣 三(二)',
  )
  expect(ganzhou).not.toContain('10 pts')
})

test('no rule cell is printed without a source, and no 国 clause without its *', () => {
  expect(printed).not.toContain('| 无 |')
  expect(printed).not.toMatch(
    /医保发〔2022〕22号 [一二三四五六七八九十]+(?:\([一二三四五六七八九十]+\))?(?![*(一二三四五六七八九十])/,
  )
  expect(printed).not.toMatch(/types: 医保发/)
  expect(printed).toContain('(types: 国 二(二)*)')
})

test('a certificate, a lock or a proof is printed with the clause that states it', () => {
  expect(printed).not.toMatch(/转诊转院证明 (吉|济宁|鄂) /)
  expect(printed).not.toContain('随时 吉 二(二)')
  expect(printed).not.toContain('随时 济宁 四(一)')
  expect(printed).not.toContain('人社 四')
  expect(section('jilin-2018')).toContain(
    '随时 国 二(三)*（示例）；取消长期异地就医人员一个自然年度申请居住地和参保地就医变更登记2次的限制 吉 二(二)',
  )
  expect(section('jilin-2018')).toContain('补充后生效（拟赴就医地工作的两类人员） 吉 三(二)；90日内补 示例')
  expect(section('jining-2023')).toContain('就医地户籍证明 国 三(一)*·可承诺替代 济宁 四(一)')
  expect(section('hubei-2022')).toContain('就医地工作证明 国 三(一)*·可承诺替代 鄂 一(四)')
})

test("each notice's own rules are printed where the column is: Ganzhou's form lines, Hubei's late filing, Guangdong's scope", () => {
  const ganzhou = section('ganzhou-2019')
  expect(ganzhou).toContain('转出医疗机构、初步诊断、病情摘要')
  // 一(四)'s single use (a year for some cancer patients) is shown beside the national validity it sits in.
  expect(ganzhou).toContain(
    '6个月 国 二(三)*；备案期间门诊和住院各限结算一次…部分癌症病人…异地就医备案期放宽至一年内多次有效 赣 一(四)',
  )
  expect(ganzhou).toContain('赣市人社发〔2017〕29号文件规定的异地急诊备案条件 赣 一(二)、一(三)、附件1')
  expect(ganzhou).toContain('不限（因急诊先入院后备案…根据实际入院时间妥善办理备案） 赣 四')
  expect(ganzhou).toContain('starts from admission: true（因急诊先入院后备案、远程备案人员） 赣 四')
  expect(ganzhou).toContain(
    '门诊/住院各1次；需定期到市外首次手术医院复诊（含放化疗）的部分癌症病人，备案一年内多次有效 赣 一(四)',
  )
  expect(section('hubei-2022')).toContain(
    'starts from admission: false 鄂 二(二)；参保人员补办的备案有效期起始时间晚于入院时间但早于出院时间的，视为有效备案',
  )
  expect(section('guangdong-2015')).toContain(
    '适用范围：序言“为进一步做好我省医疗保险省内异地就医医疗费用直接结算工作”',
  )
  expect(section('guangdong-2015')).toContain('对于异地急诊的参保人员，原则上在参保地按规定进行报销 人社 五')
  expect(section('jining-2023')).toContain('不暂停（跨省异地长期居住人员备案有效期内确需回参保地就医的')
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
