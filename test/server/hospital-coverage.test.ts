// 我的住院能直接结算吗 over HTTP and real SQLite: every hospital of the shipped Ganzhou sample (赣 附件2) by its code,
// × every kind of care × inside / after the filing's validity / a filing to another city; then an imported directory
// whose rows say networked or not; a typed hospital; a code the directory does not hold.
import { GANZHOU_ANNEX_2 } from '@shared/hospitals/ganzhou-annex2'
import type { Hospital } from '@shared/hospitals/hospital.schema'
import { DIRECT_CARE_KINDS } from '@shared/policy/vocabulary'
import { addDays } from '@shared/time/calendar'
import { ALICE, BOB, draft, idNumber, overHttp, type TempStore, tempStore } from './support'

let store: TempStore
let http: Awaited<ReturnType<typeof overHttp>>
let toGanzhou: { filingId: string; validUntil: string }
let toNanchang: { filingId: string }

const file = async (destination: string, serial: number) => {
  const reply = await http.post('filing', {
    action: 'submit',
    draft: draft({
      filingType: 'temporary',
      destination,
      insured: { name: '张三', idNumber: idNumber('420105', serial), phone: '13800138000' },
    }),
    idempotencyKey: `coverage-${serial}-key`,
  })
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body))
  return reply.body.data as { filingId: string; validUntil: string }
}

beforeAll(async () => {
  store = tempStore()
  http = await overHttp(store)
  toGanzhou = await file('360700', 1)
  toNanchang = await file('360100', 2)
})
afterAll(async () => {
  await http.close()
  await store.dispose()
})

interface Reason {
  topic: string
  holds: boolean | null
  text: string
  source: { doc: string; clause: string }
  asOf?: string
}
const ask = async (filingId: string, event: Record<string, unknown>, openid = ALICE) =>
  http.post('filing', { action: 'coverage', filingId, admissionDate: '2026-05-02', ...event }, openid)
const answerOf = async (filingId: string, event: Record<string, unknown>) => {
  const reply = await ask(filingId, event)
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body))
  const data = reply.body.data as {
    answer: string
    directSettlement: boolean
    reason: string
    next?: string
    scope: string
    reasons: Reason[]
  }
  return { ...data, about: (topic: string) => data.reasons.find((reason) => reason.topic === topic) }
}

const SAMPLE = GANZHOU_ANNEX_2.flatMap((row) => DIRECT_CARE_KINDS.map((care) => ({ row, care })))

describe('the shipped sample, before any import', () => {
  test.each(SAMPLE)('$row.name, $care', async ({ row, care }) => {
    const hospital = { code: row.code }
    const inside = await answerOf(toGanzhou.filingId, { hospital, care })
    expect(inside).toMatchObject({ answer: 'unknown', directSettlement: false, scope: 'crossProvince' })
    expect(inside.about('filing')?.holds).toBe(true)
    expect(inside.about('hospital')).toMatchObject({
      holds: null,
      source: { doc: '赣市医保字〔2019〕21号', clause: '附件2' },
      asOf: '2019-07-22',
    })
    expect(inside.next).toContain('医保办')

    const after = await answerOf(toGanzhou.filingId, {
      hospital,
      care,
      admissionDate: addDays(toGanzhou.validUntil, 1),
    })
    expect(after.answer).toBe('no')
    expect(after.reason).toContain('晚于备案有效期')

    const elsewhere = await answerOf(toNanchang.filingId, { hospital, care })
    expect(elsewhere.answer).toBe('no')
    expect(elsewhere.reason).toBe(`${row.name}在江西省 赣州市，不在备案就医地南昌市`)
    expect(elsewhere.next).toContain('变更就医地')
  })
})

test('an imported directory decides by its rows: networked for the scope and care is yes, not networked is no', async () => {
  const rows: Hospital[] = GANZHOU_ANNEX_2.map((row, at) => ({
    ...row,
    code: `T${row.code}`,
    illustrative: true,
    crossProvince: { inpatient: at % 2 === 0, outpatient: at % 2 === 1, chronic: null },
  }))
  await store.ports.hospitals.importAll(rows)
  try {
    for (const [at, row] of rows.entries()) {
      const inpatient = await answerOf(toGanzhou.filingId, { hospital: { code: row.code } })
      expect([inpatient.answer, inpatient.directSettlement]).toEqual(
        at % 2 === 0 ? ['yes', true] : ['no', false],
      )
      expect(inpatient.about('hospital')?.text).toContain(
        at % 2 === 0 ? '已开通跨省异地住院直接结算' : '未开通跨省异地住院直接结算',
      )
      const outpatient = await answerOf(toGanzhou.filingId, {
        hospital: { code: row.code },
        care: 'outpatient',
      })
      expect(outpatient.answer).toBe(at % 2 === 1 ? 'yes' : 'no')
    }
    // Once a directory is imported, the sample's codes are no longer in it.
    const stale = await ask(toGanzhou.filingId, { hospital: { code: GANZHOU_ANNEX_2[0].code } })
    expect(stale.status).toBe(404)
    expect(stale.body.error).toMatchObject({
      path: 'hospital',
      message: '定点医院名单中没有这家医院，请重新选择',
    })
  } finally {
    store.db.prepare("DELETE FROM hospitals WHERE code LIKE 'T%'").run()
  }
})

test('a typed hospital is 未核验: 无法确认, and what to do', async () => {
  const typed = await answerOf(toGanzhou.filingId, { hospital: { name: '赣州某某医院' } })
  expect(typed.answer).toBe('unknown')
  expect(typed.reason).toContain('未核验')
  expect(typed.next).toContain('医保办')
})

test('no hospital is refused naming it, and another person’s filing is not found', async () => {
  const none = await ask(toGanzhou.filingId, {})
  expect(none.status).toBe(400)
  expect(none.body.error).toMatchObject({
    code: 'VALIDATION',
    path: 'hospital',
    message: '请选择或填写就诊医院',
  })
  const care = await ask(toGanzhou.filingId, { hospital: { name: '某医院' }, care: 'dental' })
  expect(care.body.error).toMatchObject({ code: 'VALIDATION', path: 'care', message: '请选择就医类别' })
  const theirs = await ask(toGanzhou.filingId, { hospital: { code: GANZHOU_ANNEX_2[0].code } }, BOB)
  expect(theirs.body.error.code).toBe('NOT_FOUND')
})
