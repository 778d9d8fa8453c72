import { PROFILES } from '@shared/policy/profiles'
import { CARE_TYPES, FILING_TYPES, type FilingType, INSURANCE_TYPES } from '@shared/policy/vocabulary'
import { estimateReimbursement } from '@shared/rules/estimate'
import { quoteFiling } from '@shared/rules/quote'
import { addDays } from '@shared/time/calendar'
import fc from 'fast-check'
import { draft, REGION_OF } from './drafts'

const regions = Object.values(REGION_OF)
const DESTINATION = '510100'

const estimateInput = fc.record({
  insuredRegion: fc.constantFrom(...regions),
  insuranceType: fc.constantFrom(...INSURANCE_TYPES),
  careType: fc.constantFrom(...CARE_TYPES),
  filed: fc.boolean(),
  filingType: fc.option(fc.constantFrom(...FILING_TYPES), { nil: undefined }),
  hospitalLevel: fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const), { nil: undefined }),
  totalCents: fc.integer({ min: 0, max: 500_000_000 }),
  eligibleShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
})

describe('properties across all profiles', () => {
  test('an estimate: fund + self equals the total, the ratio stays in [0, 1], neither share is negative', () => {
    fc.assert(
      fc.property(estimateInput, ({ totalCents, eligibleShare, ...input }) => {
        const totalCost = totalCents / 100
        const eligibleCost =
          eligibleShare === undefined ? undefined : Math.floor(totalCents * eligibleShare) / 100
        const estimate = estimateReimbursement({ ...input, totalCost, eligibleCost })
        expect(Math.round((estimate.fundPays + estimate.selfPays) * 100)).toBe(totalCents)
        expect(estimate.ratio).toBeGreaterThanOrEqual(0)
        expect(estimate.ratio).toBeLessThanOrEqual(1)
        expect(estimate.fundPays).toBeGreaterThanOrEqual(0)
        expect(estimate.selfPays).toBeGreaterThanOrEqual(0)
        expect(estimate.fundPays).toBeLessThanOrEqual(estimate.cap)
      }),
      { numRuns: 2000 },
    )
  })

  test('validity never ends before it starts', () => {
    const offered = PROFILES.flatMap((profile) =>
      Object.keys(profile.types).map((type) => ({
        region: REGION_OF[profile.id as keyof typeof REGION_OF],
        type: type as FilingType,
      })),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...offered),
        fc.integer({ min: -5, max: 90 }),
        ({ region, type }, offset) => {
          const today = '2026-11-23'
          const result = quoteFiling(
            draft({
              insuredRegion: region,
              filingType: type,
              destination: DESTINATION,
              startDate: addDays(today, offset),
              // A start before today is an admission before filing (赣 四 lets an emergency go back only to it).
              ...(offset < 0 && { admissionDate: addDays(today, offset) }),
              emergency: { summary: '急症' },
              referral: { fromHospital: '某医院', diagnosis: '某病', summary: '转诊' },
            }),
            today,
          )
          expect(result.ok).toBe(true)
          if (result.ok && result.value.validUntil !== null) {
            expect(result.value.validUntil >= result.value.validFrom).toBe(true)
          }
        },
      ),
      { numRuns: 1000 },
    )
  })
})
