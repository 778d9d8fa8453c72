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
  expect(printed).toContain(
    '鄂 = 鄂医保办〔2022〕28号：日期 2022-09-14；施行日期：文本未载；效力：六 末句“以往文件规定与本通知不一致的,以本通知为准”',
  )
})

test("Ganzhou's one-year lock is printed in force inside Jiangxi, and superseded only for 跨省 filings, with the date and why", () => {
  expect(printed).toContain(
    '省内备案：12个月（原则上一年内不得变更或取消异地备案） 赣 一(四)；异地备案期间原则上非客观原因一年内不能变更（取消）异地备案 赣 附件1；跨省备案：不超过6个月 国 二(三)*（取代 赣 一(四) 的 12个月；国 2022-06-30 印发，施行日期未核对）',
  )
  expect(printed).not.toContain('6个月 示例（国 二(三)* 上限：不超过6个月）（自')
  // 一(四) quoted with its 原则上; what the cap leaves untouched and what is unchecked is said.
  expect(printed).toContain('一(四)原文：“原则上一年内不得变更或取消异地备案”')
  expect(printed).toContain('省内备案（赣州统筹地区内，及江西省内赣州统筹地区外）仍按一(四)原则上12个月执行')
  expect(printed).toContain('其自印发日（2022-06-30）还是另定日期施行，未经核对')
  expect(printed).toContain(
    '一(四)的暂停刷卡结算，跨省备案同样按22号执行（见下条）；转诊转院、异地急诊门诊住院各限结算一次',
  )
  expect(printed).toContain(
    '省内备案：暂停（参保地就医购药刷卡结算） 赣 一(四)；跨省备案：不暂停 国 二(五)*（取代 赣 一(四) 的 暂停；国 2022-06-30 印发，施行日期未核对）',
  )
})

test('a clause that lets people file first and supply later is not cited for the filing taking effect at once', () => {
  // 赣 二 says 允许先备案后承诺…及时补充: when the filing takes effect it does not say, and the service's rule is named.
  expect(printed).toContain(
    '先备案、后补充（拟赴就医地工作的参保人员） 赣 二；生效时点：通知未规定，本程序提交即生效 服务 承诺补充生效时点；90日内补 示例',
  )
  expect(printed).not.toMatch(/提交即生效[^|；]* 赣/)
  // 吉 三(二) does say it: 备案在补充材料后即时生效.
  expect(printed).toContain(
    '补充后生效（拟赴就医地工作的两类人员：外出农民工和外来就业创业人员 吉 三） 吉 三(二)',
  )
})

test("Ganzhou's 常驻 papers: the form only, by 一(二) and 二; the kind of material to supplement is the service's", () => {
  expect(printed).toContain(
    '只须填报《江西省医疗保险异地备案表》，取消一切不必要的证明材料和盖章；已在就医地工作或居住的，取消证明材料；拟赴就医地工作的，允许先备案，承诺在就医地取得材料后及时补充 赣 一(二)、二；材料种类为本程序所定：就医地工作证明 服务 补充材料种类·可后补（拟赴就医地工作的参保人员） 赣 二',
  )
})

test("an emergency's start in Ganzhou goes back to the actual admission, not without limit", () => {
  expect(printed).toContain(
    '可追溯至实际入院时间（因急诊先入院后备案…根据实际入院时间妥善办理备案） 赣 四、附件1',
  )
  expect(printed).not.toContain('不限（因急诊先入院后备案')
})

test('each pre-2022 notice names its own basis, and the national rule says how it stands to it', () => {
  expect(printed).toContain(
    '（医保发〔2018〕6号）、《关于切实做好农民工和就业创业人员异地就医备案工作的通知》（国医保电〔2018〕3号）',
  )
  expect(printed).toContain(
    '依据 江西省医疗保障局《关于进一步完善异地就医经办服务工作的通知》（赣医保字〔2019〕14号）',
  )
  expect(printed).toContain(
    '依据 《关于进一步做好基本医疗保险异地就医医疗费用结算工作的指导意见》（人社部发〔2014〕93号）',
  )
  expect(printed).toContain('与本地通知的关系：晚于 吉（2018-12-13）印发，吉 未引用它')
  expect(printed).toContain('与本地通知的关系：晚于 赣（2019-07-22）印发，赣 未引用它')
  expect(printed).toContain('与本地通知的关系：晚于 粤（2015-03-26）印发，粤 未引用它')
  expect(printed).toContain('与本地通知的关系：济宁 以它为依据')
})

/** One profile's part of the print. */
const section = (id: string) => printed.split('\n### ').find((part) => part.startsWith(id)) ?? ''

test('a ceiling is printed as 不超过, never as the value itself', () => {
  expect(section('hubei-2022')).toContain('降低不超过10个百分点（原则上） 鄂 三(一)')
  expect(section('hubei-2022')).toContain('降低不超过20个百分点（原则上） 鄂 三(一)')
  expect(printed).not.toMatch(/−(10|20) /)
  // 原则上 is shown with the values the clauses hedge.
  expect(section('hubei-2022')).toContain('−0（在备案地就医报销待遇原则上与本地就医一致） 鄂 三(一)')
  expect(section('guangdong-2015')).toContain(
    '−0（异地居住退休人员原则上执行参保地支付比例，不按转外就医的支付比例） 粤 一',
  )
  // The national lock: 6 months is this service's example within the cap.
  expect(section('national-2022')).toContain('6个月 示例（国 二(三)* 上限：不超过6个月）')
  expect(printed).not.toContain('6个月 国 二(三)*（示例）')
})

test("Ganzhou's ratio and unfiled cut are printed in its own words", () => {
  const ganzhou = section('ganzhou-2019')
  expect(ganzhou).not.toContain('赣 三(一)（示例）')
  // Nor is a long-term row's 0 attributed to 国 二(六), which lowers only temporary filings.
  expect(printed).not.toContain('−0 国 二(六)*（示例）')
  // 三(一) settles filed people at 赣州市异地就医的…报销比例, a ratio of its own: no “−0” beside it on any row.
  expect(ganzhou).toContain(
    '备案人员按本地通知所定的异地就医报销比例结算，不示例其较本地就医降低的点数：按照就医地的医保目录和赣州市异地就医的住院起付线、报销比例、最高支付限额等标准结算 赣 三(一)',
  )
  expect(ganzhou.match(/不示例其较本地就医降低的点数/g)).toHaveLength(5)
  expect(ganzhou).not.toContain('−0')
  // Other profiles' example 0 stays shown as the example it is.
  expect(section('national-2022')).toContain('−0 示例')
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
  // 二(二) lifts the yearly cap of 2 变更登记; the lock itself is an example within the national cap.
  expect(section('jilin-2018')).toContain(
    '随时 示例（国 二(三)* 上限：不超过6个月）；变更登记次数不限（取消长期异地就医人员一个自然年度申请居住地和参保地就医变更登记2次的限制） 吉 二(二)',
  )
  expect(section('jilin-2018')).not.toContain('随时 国 二(三)*（示例）')
  // 常驻 workers are 长期异地就医人员 too.
  expect(section('jilin-2018').match(/变更登记次数不限/g)).toHaveLength(3)
  // 三(二)'s 两类人员 are named as 三 names them.
  expect(section('jilin-2018')).toContain(
    '补充后生效（拟赴就医地工作的两类人员：外出农民工和外来就业创业人员 吉 三） 吉 三(二)；90日内补 示例',
  )
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
  expect(ganzhou).toContain(
    'starts from admission: true（因急诊先入院后备案、远程备案人员…如先入院后备案请备注入院时间） 赣 四、附件1',
  )
  // The example window never cuts off the admission date the notice lets any late filing go back to.
  expect(ganzhou).toContain('30日 示例，不限制追溯至实际入院时间；先入院后备案的')
  expect(ganzhou).toContain(
    '门诊/住院各1次；需定期到市外首次手术医院复诊（含放化疗）的部分癌症病人，备案一年内多次有效 赣 一(四)',
  )
  expect(section('hubei-2022')).toContain(
    'starts from admission: false，开始日期不自动改为入院日期，能否早至入院日期见 backdate 列 鄂 二(二)；参保人员补办的备案有效期起始时间晚于入院时间但早于出院时间的，视为有效备案',
  )
  expect(section('guangdong-2015')).toContain(
    '适用范围：序言“为进一步做好我省医疗保险省内异地就医医疗费用直接结算工作”',
  )
  expect(section('guangdong-2015')).toContain('对于异地急诊的参保人员，原则上在参保地按规定进行报销 人社 五')
  expect(section('jining-2023')).toContain('不暂停（跨省异地长期居住人员备案有效期内确需回参保地就医的')
})

test('rules only another region states in these words are printed as 参照, and own clauses where they exist', () => {
  expect(printed).toContain('target 参照赣 一(一)')
  expect(printed).toContain('stayWithinValidity 参照鄂 二(二)')
  expect(section('jilin-2018')).toContain('target 参照赣 一(一)（异地转诊人员：吉 二(三)）')
  // 济宁 四(一) removes the expiry; that a stay begun within it is settled after it, only 鄂 二(二) says.
  expect(section('jining-2023')).toContain('stayWithinValidity 参照鄂 二(二)')
})

test('医保发〔2022〕22号, whose text the product does not hold, is printed as unchecked, and so is every row citing it', () => {
  expect(printed).toContain(
    '国 = 医保发〔2022〕22号：日期 2022-06-30；原文未收录：所引条款号和内容未经本程序按原文核对',
  )
  expect(printed).not.toMatch(/国 [一二三四五六七八九十()]+(?!\*)[ |）（;]/)
  expect(printed).toContain('赣 一(四)')
  expect(printed).not.toContain('赣 一(四)*')
})

test("Jining's start and lock are printed in 四(二)'s and 四(一)'s own words", () => {
  const jining = section('jining-2023')
  // 四(二): “补办临时外出就医备案的，备案起始日期不受限制”; long-term filings at most 5 days back.
  expect(jining).toContain(
    'starts from admission: false，开始日期不自动改为入院日期，能否早至入院日期见 backdate 列（补办异地长期居住备案的…备案起始日期自补办备案之日最多可往前提前 5 日；补办临时外出就医备案的，备案起始日期不受限制） 济宁 四(二)',
  )
  expect(jining).not.toContain('starts from admission: false 国')
  // 四(一): “未在备案地发生医疗费用的，可随时变更或取消备案”, beside the 6 months once costs were incurred.
  expect(
    jining.match(/6个月（发生费用后）（未在备案地发生医疗费用的，可随时变更或取消备案） 济宁 四\(一\)/g),
  ).toHaveLength(3)
})
