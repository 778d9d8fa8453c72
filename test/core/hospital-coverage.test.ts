// 我的住院能直接结算吗 at a hospital, over the shipped Ganzhou sample (赣 附件2): every hospital × every kind of care ×
// inside / after the filing's validity / a filing to another city, for a person from another province (跨省) and
// from inside Jiangxi (省内); then the same rows with each networked flag set both ways, and a typed hospital.
import { GANZHOU_ANNEX_2 } from '@shared/hospitals/ganzhou-annex2'
import type { Hospital } from '@shared/hospitals/hospital.schema'
import { DIRECT_CARE_KINDS } from '@shared/policy/vocabulary'
import { hospitalCoverage } from '@shared/rules/hospital-coverage'
import { planSubmission } from '@shared/rules/submission'
import { addDays } from '@shared/time/calendar'
import { draft, expectOk, TODAY } from './drafts'

const filed = (insuredRegion: string, destination: string) => {
  const plan = expectOk(planSubmission(draft({ insuredRegion, destination, filingType: 'temporary' }), TODAY))
  return { facts: plan.facts, target: plan.quote.target, insuredRegion }
}

const PEOPLE = [
  { who: '湖北参保人（跨省）', insuredRegion: '420100', scope: 'crossProvince' },
  { who: '南昌参保人（省内）', insuredRegion: '360100', scope: 'provincial' },
] as const

const ROWS = GANZHOU_ANNEX_2.flatMap((row) =>
  DIRECT_CARE_KINDS.flatMap((care) => PEOPLE.map((person) => ({ row, care, ...person }))),
)

const ask = (
  filing: ReturnType<typeof filed>,
  row: Hospital,
  care: (typeof DIRECT_CARE_KINDS)[number],
  on = TODAY,
) => expectOk(hospitalCoverage(filing, { listed: true, row }, care, on))

const topic = (answer: ReturnType<typeof ask>, name: string) =>
  answer.reasons.find((reason) => reason.topic === name)

describe.each(ROWS)('$row.name, $care, $who', ({ row, care, insuredRegion, scope }) => {
  const toGanzhou = filed(insuredRegion, '360700')

  test('inside the validity: 无法确认, since 附件2 does not say whether it is networked; its source and date named', () => {
    const answer = ask(toGanzhou, row, care)
    expect(answer.scope).toBe(scope)
    expect(topic(answer, 'filing')?.holds).toBe(true)
    expect(topic(answer, 'place')).toMatchObject({ holds: true, text: `${row.name}在备案就医地赣州市` })
    expect(topic(answer, 'hospital')).toMatchObject({
      holds: null,
      source: { doc: '赣市医保字〔2019〕21号', clause: '附件2' },
      asOf: '2019-07-22',
    })
    expect(answer).toMatchObject({ answer: 'unknown', directSettlement: false })
    expect(answer.next).toContain('医保办')
  })

  test('after the validity: 不能, and the filing rule is the reason', () => {
    const after = addDays(toGanzhou.facts.validUntil!, 1)
    const answer = ask(toGanzhou, row, care, after)
    expect(answer.answer).toBe('no')
    expect(topic(answer, 'filing')?.holds).toBe(false)
    expect(answer.reason).toContain('晚于备案有效期')
    expect(answer.source).toEqual(topic(answer, 'filing')?.source)
    expect(answer.next).toContain('重新办理')
  })

  test('a filing to another city: 不能, the place named with the filing-target clause', () => {
    const toNanchang = filed(insuredRegion === '360100' ? '420100' : insuredRegion, '360100')
    const answer = ask(toNanchang, row, care)
    expect(answer.answer).toBe('no')
    expect(topic(answer, 'place')).toMatchObject({
      holds: false,
      text: `${row.name}在江西省 赣州市，不在备案就医地南昌市`,
    })
    expect(answer.next).toContain('变更就医地')
  })

  test.each([true, false])(
    'networked %s for this scope and care (an illustrative row) decides it',
    (flag) => {
      const networked: Hospital = { ...row, illustrative: true, [scope]: { ...row[scope], [care]: flag } }
      const answer = ask(toGanzhou, networked, care)
      expect(topic(answer, 'hospital')).toMatchObject({ holds: flag })
      expect(topic(answer, 'hospital')?.text).toContain('（示例数据）')
      const careRule = topic(answer, 'care')
      // 门诊慢特病: only 鄂 三(四) lists the diseases; elsewhere which diseases settle is for the insured region to say.
      const careHolds = careRule ? careRule.holds : true
      const expected = !flag ? 'no' : careHolds === null ? 'unknown' : 'yes'
      expect(answer.answer).toBe(expected)
      expect(answer.directSettlement).toBe(expected === 'yes')
    },
  )

  test('the other scope’s flag does not answer for this one', () => {
    const other = scope === 'provincial' ? 'crossProvince' : 'provincial'
    const elsewhere: Hospital = { ...row, [other]: { inpatient: true, outpatient: true, chronic: true } }
    expect(topic(ask(toGanzhou, elsewhere, care), 'hospital')?.holds).toBeNull()
  })
})

describe('what the care kind adds', () => {
  const hubei = filed('420100', '360700')
  const row = GANZHOU_ANNEX_2[0]
  test('鄂 三(四): a Hubei person’s 门诊慢特病 lists the diseases, with the clause', () => {
    const care = topic(ask(hubei, row, 'chronic'), 'care')
    expect(care).toMatchObject({ holds: true, source: { clause: '三(三)、三(四)' } })
    expect(care?.text).toContain('尿毒症透析')
  })
  test('an inpatient question adds no care reason; an outpatient one cites the rule for outpatient costs', () => {
    expect(topic(ask(hubei, row, 'inpatient'), 'care')).toBeUndefined()
    expect(topic(ask(hubei, row, 'outpatient'), 'care')?.holds).toBe(true)
  })
  test('an outpatient visit before the filing starts is not covered, and says manual reimbursement', () => {
    const later = expectOk(
      planSubmission(draft({ destination: '360700', startDate: addDays(TODAY, 10) }), TODAY),
    )
    const filing = { facts: later.facts, target: later.quote.target, insuredRegion: '420100' }
    const answer = ask(filing, row, 'outpatient', addDays(TODAY, 2))
    expect(answer.answer).toBe('no')
    expect(answer.reason).toContain('手工报销')
  })
})

test('a typed hospital is 未核验: 无法确认, what to do, and the filing reason still given', () => {
  const filing = filed('420100', '360700')
  const answer = expectOk(
    hospitalCoverage(filing, { listed: false, name: '赣州某某医院' }, 'inpatient', TODAY),
  )
  expect(answer).toMatchObject({ answer: 'unknown', hospital: { name: '赣州某某医院', listed: false } })
  expect(answer.reason).toContain('未核验')
  expect(answer.source).toEqual({ doc: '本程序服务规则', clause: '定点医院名单' })
  expect(answer.next).toContain('医保办')
  expect(answer.reasons[0]).toMatchObject({ topic: 'filing', holds: true })
})

test('a typed hospital under a lapsed filing is a plain no: the filing decides', () => {
  const filing = filed('420100', '360700')
  const after = addDays(filing.facts.validUntil!, 3)
  const answer = expectOk(hospitalCoverage(filing, { listed: false, name: '某医院' }, 'inpatient', after))
  expect(answer.answer).toBe('no')
})
