import { checkCharacter, maskIdNumber } from '@shared/identity/id-number'
import { claimEventSchema } from '@shared/schemas/claim.schema'
import { filingEventSchema } from '@shared/schemas/filing.schema'
import { parseInput } from '@shared/schemas/parse'
import { staffEventSchema } from '@shared/schemas/staff.schema'
import { draft } from './drafts'

const submit = (overrides: Record<string, unknown>) =>
  parseInput(filingEventSchema, {
    action: 'submit',
    idempotencyKey: 'key-12345678',
    draft: { ...draft(), ...overrides },
  })

const insured = (fields: Record<string, unknown>) => submit({ insured: { ...draft().insured, ...fields } })

const firstIssue = (result: ReturnType<typeof submit>) => (result.ok ? undefined : result.error.issues?.[0])

describe('GB 11643 ID numbers', () => {
  test.each([
    ['11010519491231002', '身份证号应为 18 位'],
    ['1101051949123100AX', '只能包含数字'],
    ['110105194902300021', '出生日期不存在'],
    ['110105194912310021', '有一位不对'],
  ])('%s is refused: %s', (idNumber, message) => {
    expect(firstIssue(insured({ idNumber }))).toEqual({
      path: 'draft.insured.idNumber',
      message: expect.stringContaining(message),
    })
  })

  test('a lower-case x is accepted and normalised to X', () => {
    const result = insured({ idNumber: '11010519491231002x' })
    expect(result.ok && result.value.action === 'submit' && result.value.draft.insured.idNumber).toBe(
      '11010519491231002X',
    )
  })

  test('the check character follows ISO 7064 MOD 11-2', () => {
    expect(checkCharacter('11010519491231002')).toBe('X')
    expect(checkCharacter('44030119900101001')).toBe('2')
  })

  test('masking keeps the first four and last four characters only', () => {
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X')
  })
})

describe('field messages name the field in Chinese', () => {
  test.each([
    [
      { insured: { ...draft().insured, phone: '1380013800' } },
      'draft.insured.phone',
      '联系电话应为 11 位手机号码',
    ],
    [
      { insured: { ...draft().insured, name: '<script>' } },
      'draft.insured.name',
      '参保人姓名不能包含 < 或 > 等符号',
    ],
    [
      { insured: { ...draft().insured, name: '张' } },
      'draft.insured.name',
      '参保人姓名只能包含汉字、字母或间隔号',
    ],
    [{ startDate: '2026-02-29' }, 'draft.startDate', '备案开始日期不是日历上的日期'],
    [{ startDate: '2026/11/23' }, 'draft.startDate', '备案开始日期不是日历上的日期'],
    [{ destination: '999999' }, 'draft.destination', '就医地不存在'],
    [{ insuredRegion: '71010' }, 'draft.insuredRegion', '参保地须为 6 位行政区划代码'],
    [{ filingType: 'holiday' }, 'draft.filingType', '请选择备案类型'],
    [{ insuranceType: undefined }, 'draft.insuranceType', '请选择参保类型'],
  ])('%o → %s', (overrides, path, message) => {
    expect(firstIssue(submit(overrides))).toEqual({ path, message: expect.stringContaining(message) })
  })

  test('a name with the middle dot of a minority name is accepted', () => {
    expect(insured({ name: '买买提·艾力' }).ok).toBe(true)
  })

  test('a missing draft names the draft', () => {
    const result = parseInput(filingEventSchema, { action: 'quote' })
    expect(!result.ok && result.error.issues?.[0].path).toBe('draft')
  })

  test('an unknown action is refused', () => {
    expect(parseInput(filingEventSchema, { action: 'drop' }).ok).toBe(false)
  })

  test('a claim whose discharge precedes admission is refused on the discharge date', () => {
    const result = parseInput(claimEventSchema, {
      action: 'create',
      insured: draft().insured,
      insuredRegion: '420100',
      insuranceType: 'employee',
      careType: 'inpatient',
      hospital: { name: '北京协和医院', regionCode: '110101' },
      admissionDate: '2026-11-10',
      dischargeDate: '2026-11-01',
      totalCost: 1000,
      idempotencyKey: 'claim-key-1',
    })
    expect(!result.ok && result.error.issues?.[0]).toEqual({
      path: 'dischargeDate',
      message: '出院日期不能早于入院日期',
    })
  })

  test('a negative cost is refused naming the amount', () => {
    const result = parseInput(claimEventSchema, {
      action: 'estimate',
      insuredRegion: '420100',
      insuranceType: 'employee',
      careType: 'inpatient',
      filed: true,
      totalCost: -1,
    })
    expect(!result.ok && result.error.message).toBe('医疗费用总额不能为负数')
  })

  test('staff must explain a rejection', () => {
    const result = parseInput(staffEventSchema, {
      action: 'decide',
      kind: 'claim',
      id: 'c1',
      decision: 'reject',
    })
    expect(!result.ok && result.error.path).toBe('note')
  })
})

describe('plain words and phone numbers as people type them', () => {
  test.each(['+86 139 0013 9000', '+8613900139000', '0086-139-0013-9000', '139 0013 9000'])(
    '%s is the mobile 13900139000',
    (phone) => {
      const result = insured({ phone })
      expect(result.ok && result.value.action === 'submit' && result.value.draft.insured.phone).toBe(
        '13900139000',
      )
    },
  )

  test('no message speaks of check digits or date formats', () => {
    const messages = [
      insured({ idNumber: '110105194912310021' }),
      submit({ startDate: '2026/11/23' }),
      submit({ startDate: '2026-02-29' }),
    ].map((result) => firstIssue(result)?.message ?? '')
    for (const message of messages) expect(message).not.toMatch(/校验位|YYYY|格式/)
  })
})
