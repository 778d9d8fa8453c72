// Every filing type every profile offers, read from the core's tables: one wizard walk per (profile, type),
// with what the person must do on the materials step worked out by the core's own quote.
import { MATERIAL_LABELS } from '@shared/policy/materials'
import { profileIdFor } from '@shared/policy/profile-regions'
import { PROFILES } from '@shared/policy/profiles'
import { FILING_TYPE_LABELS, type FilingType } from '@shared/policy/vocabulary'
import { cityChoices, type RegionChoice } from '@shared/regions/region-search'
import { quoteFiling } from '@shared/rules/quote'
import type { FilingQuote } from '@shared/rules/quote.types'
import { filingDraftSchema } from '@shared/schemas/filing.schema'
import type { IsoDate } from '@shared/time/calendar'
import { idNumber } from '../server/support'

/** Treated in 苏州: no profile's province, so every insured region may file there. */
const DESTINATION = cityChoices().find((city) => city.code === '320500') as RegionChoice

export interface FilingCase {
  /** 'hubei-2022 / 异地转诊人员' */
  name: string
  profile: string
  typeLabel: string
  filingType: FilingType
  /** A city the profile governs: what the person types (the bare name) and taps (its label). */
  insured: { typed: string; label: string; code: string }
  destination: { typed: string; label: string; code: string }
  person: { name: string; idNumber: string; phone: string }
  /** Materials to upload now (labels as the uploader names them). */
  upload: string[]
  /** 承诺补充: a material may come later, and the case takes that path. */
  supplementLater: boolean
  /** The proofs that may come later, as the result names them (the ones the profile's clause allows). */
  later: string[]
  referral: boolean
  emergency: boolean
  /** The core's quote for the finished draft: what the confirmation card and the result must say. */
  quote: FilingQuote
}

const bare = (city: RegionChoice) => city.name.replace(/市$/, '')
const place = (city: RegionChoice) => ({ typed: bare(city), label: city.label, code: city.code })

/** The first prefecture city (not a county-level unit) the profile governs, outside the destination's province. */
const insuredCityOf = (profileId: string): RegionChoice => {
  const city = cityChoices().find(
    (choice) =>
      profileIdFor(choice.code) === profileId &&
      choice.code.endsWith('00') &&
      choice.code.slice(0, 2) !== DESTINATION.code.slice(0, 2),
  )
  if (!city) throw new Error(`no city governed by ${profileId}`)
  return city
}

export const filingCases = (today: IsoDate): FilingCase[] =>
  PROFILES.flatMap((profile, profileIndex) => {
    const insured = insuredCityOf(profile.id)
    return (Object.keys(profile.types) as FilingType[]).map((filingType, typeIndex) => {
      const rule = profile.types[filingType]!
      const supplementLater = rule.materials.some((material) => material.supplyLater)
      const upload = rule.materials
        .filter((material) => !material.replaceableByCommitment && !material.supplyLater)
        .map((material) => MATERIAL_LABELS[material.kind])
      const person = {
        name: '张三',
        idNumber: idNumber(insured.code, profileIndex * 10 + typeIndex + 1),
        phone: '13800138000',
      }
      const draft = filingDraftSchema.parse({
        insured: person,
        relation: 'self',
        insuredRegion: insured.code,
        insuranceType: 'employee',
        filingType,
        destination: DESTINATION.code,
        startDate: today,
        commitment: { accepted: true, ...(supplementLater ? { supplementLater: true } : {}) },
        // Placeholders for the files: only their kinds change the quote.
        materials: rule.materials
          .filter((material) => !material.replaceableByCommitment && !material.supplyLater)
          .map((material) => ({ kind: material.kind, fileID: 'f_00000000000000000000000000000000' })),
      })
      const quote = quoteFiling(draft, today)
      if (!quote.ok) throw new Error(`${profile.id}/${filingType}: ${quote.error.message}`)
      return {
        name: `${profile.id} / ${FILING_TYPE_LABELS[filingType]}`,
        profile: profile.id,
        typeLabel: FILING_TYPE_LABELS[filingType],
        filingType,
        insured: place(insured),
        destination: place(DESTINATION),
        person,
        upload,
        supplementLater,
        later: rule.materials
          .filter((material) => material.supplyLater)
          .map((material) => MATERIAL_LABELS[material.kind]),
        referral: filingType === 'referral',
        emergency: filingType === 'emergency',
        quote: quote.value,
      }
    })
  })

/** What the confirmation card and the result say about the validity: no start date before the material is in. */
export const validityText = (quote: FilingQuote) => {
  if (!quote.effectiveOnSubmit) return '补充材料后生效'
  return quote.validUntil ? `${quote.validFrom} 至 ${quote.validUntil}` : `${quote.validFrom} 起`
}
