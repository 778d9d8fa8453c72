import type { FilingTypeRule, Profile } from '../profile.schema'
import {
  checklistCiting,
  EXAMPLE_REIMBURSEMENT,
  exampleBackdate,
  exampleCappedLock,
  exampleMaxAhead,
  GANZHOU_CLAIM_LIST,
  longTermValidity,
  material,
  NATIONAL_CITATIONS,
  NATIONAL_EMERGENCY_UNFILED,
  NATIONAL_SOURCES,
  NO_PROOF_BY_SERVICE,
  nationalReduction,
  noLock,
  noReduction,
  noSuspension,
  sixMonthValidity,
  temporaryKeepsHomeSettlement,
} from './common'

const commitmentReplaces = { replaceableByCommitment: true }

const longTerm = (materials: FilingTypeRule['materials']): FilingTypeRule => ({
  validityMonths: longTermValidity,
  backdateDays: exampleBackdate,
  materials,
  supplement: null,
  changeLock: exampleCappedLock,
  suspendsHomeSettlement: noSuspension,
  settlementLimit: null,
  ratioReductionPoints: noReduction,
})

const temporary = (materials: FilingTypeRule['materials'], reductionPoints: number): FilingTypeRule => ({
  validityMonths: sixMonthValidity,
  backdateDays: exampleBackdate,
  materials,
  supplement: null,
  changeLock: noLock,
  suspendsHomeSettlement: temporaryKeepsHomeSettlement,
  settlementLimit: null,
  ratioReductionPoints: nationalReduction(reductionPoints),
})

export const NATIONAL_TYPES = {
  retiree_resettled: longTerm([
    material('household_register', NATIONAL_SOURCES.commitment, commitmentReplaces),
  ]),
  long_term_resident: longTerm([
    material('residence_proof', NATIONAL_SOURCES.commitment, commitmentReplaces),
  ]),
  resident_worker: longTerm([material('work_proof', NATIONAL_SOURCES.commitment, commitmentReplaces)]),
  referral: temporary([material('referral_record', NATIONAL_SOURCES.types)], 10),
  emergency: { ...temporary([], 10), materialsNote: NO_PROOF_BY_SERVICE },
  temporary: { ...temporary([], 20), materialsNote: NO_PROOF_BY_SERVICE },
} satisfies Profile['types']

export const national2022: Profile = {
  id: 'national-2022',
  name: '全国通用规则',
  regionPrefixes: [],
  offeredTypesSource: NATIONAL_SOURCES.types,
  types: NATIONAL_TYPES,
  maxAheadDays: exampleMaxAhead,
  startsFromAdmission: { value: false, source: NATIONAL_SOURCES.backdate },
  homeBenefits: {
    value: '长期居住类备案人员在备案有效期内回参保地就医，无需撤销备案，待遇与本地一致',
    source: NATIONAL_SOURCES.twoWay,
  },
  outpatient: {
    value: { direct: true, personalAccount: true, chronicDiseases: [] },
    source: NATIONAL_SOURCES.outpatient,
  },
  printedForm: null,
  traumaCommitment: null,
  emergencyUnfiled: NATIONAL_EMERGENCY_UNFILED,
  citations: NATIONAL_CITATIONS,
  reimbursement: EXAMPLE_REIMBURSEMENT,
  checklist: checklistCiting(GANZHOU_CLAIM_LIST, NATIONAL_CITATIONS.manualAfterwards),
}
