// The estimate reads as a person reads: money in yuan to the fen, the reduction in yuan, no field the form
// never asks for, and example values said to be examples once. Generated over every profile and case.
import { CARE_TYPES, INSURANCE_TYPES } from '@shared/policy/vocabulary'
import { estimateReimbursement } from '@shared/rules/estimate'

const REGIONS = ['110100', '220100', '370800', '360700', '440100', '420100']
const cases = REGIONS.flatMap((insuredRegion) =>
  CARE_TYPES.flatMap((careType) =>
    INSURANCE_TYPES.flatMap((insuranceType) =>
      [true, false].map((filed) => ({ insuredRegion, careType, insuranceType, filed })),
    ),
  ),
)

test.each(cases)('%o', (facts) => {
  const estimate = estimateReimbursement({ ...facts, totalCost: 12345.6 })
  const text = estimate.lines.map((line) => line.text).join('\n')
  expect(text).not.toMatch(/未填写|参数表/)
  expect(text).toContain('按发票总额 12345.60 元估算')
  for (const amount of text.match(/[\d.]+ 元/g) ?? []) expect(amount).toMatch(/^\d+(\.\d{2})? 元$/)
  if (estimate.reductionPoints > 0) {
    expect(estimate.reductionYuan).toBeGreaterThan(0)
    expect(text).toContain(`少报 ${estimate.reductionYuan.toFixed(2)} 元`)
  }
  expect(text.match(/示例数值/g)?.length ?? 0).toBe(estimate.illustrative ? 1 : 0)
  expect(estimate.fundPays + estimate.selfPays).toBeCloseTo(12345.6, 2)
})
