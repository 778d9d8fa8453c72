import type { FilingFacts } from '@shared/rules/filing-status'
import { planSubmission } from '@shared/rules/submission'
import type { FilingDraft } from '@shared/schemas/filing.schema'

export const TODAY = '2026-11-23'

/** A valid ID number (GB 11643 sample) and a complete self-filing; tests override what they are about. */
export const draft = (overrides: Partial<FilingDraft> = {}): FilingDraft => ({
  insured: { name: '张三', idNumber: '11010519491231002X', phone: '13800138000' },
  relation: 'self',
  insuredRegion: '420100',
  insuranceType: 'employee',
  filingType: 'temporary',
  destination: '440300',
  startDate: TODAY,
  commitment: { accepted: true },
  ...overrides,
})

export const REGION_OF = {
  'national-2022': '370100',
  'jilin-2018': '220100',
  'jining-2023': '370800',
  'ganzhou-2019': '360700',
  'guangdong-2015': '440100',
  'hubei-2022': '420100',
} as const

/** A treatment place in the insured region's own province, outside its pooling region: a filing that is not 跨省. */
export const INSIDE_PROVINCE_OF = {
  'national-2022': '370200',
  'jilin-2018': '220200',
  'jining-2023': '370100',
  'ganzhou-2019': '360100',
  'guangdong-2015': '440300',
  'hubei-2022': '420500',
} as const satisfies Record<keyof typeof REGION_OF, string>

export const submitted = (overrides: Partial<FilingDraft>, today = TODAY): FilingFacts => {
  const plan = planSubmission(draft(overrides), today)
  if (!plan.ok) throw new Error(`${plan.error.code}: ${plan.error.message}`)
  return plan.value.facts
}

export const expectOk = <T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`)
  return result.value
}
