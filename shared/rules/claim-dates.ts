import type { CareType } from '../policy/vocabulary'
import type { FieldIssue } from '../result'
import type { IsoDate } from '../time/calendar'

interface ClaimDates {
  careType: CareType
  admissionDate: IsoDate
  dischargeDate?: IsoDate | null
}

/** Dates a claim cannot have: treatment in the future, a discharge before the admission, a stay without an end. */
export const claimDateIssues = (claim: ClaimDates, today: IsoDate): FieldIssue[] => {
  const issues: FieldIssue[] = []
  const inpatient = claim.careType === 'inpatient'
  if (claim.admissionDate > today)
    issues.push({
      path: 'admissionDate',
      message: `${inpatient ? '入院日期' : '就诊日期'}不能晚于今天（${today}）`,
    })
  if (inpatient && !claim.dischargeDate)
    issues.push({ path: 'dischargeDate', message: '请填写出院日期（出院后才能申请住院报销）' })
  if (claim.dischargeDate && claim.dischargeDate > today)
    issues.push({ path: 'dischargeDate', message: `出院日期不能晚于今天（${today}）` })
  if (claim.dischargeDate && claim.dischargeDate < claim.admissionDate)
    issues.push({ path: 'dischargeDate', message: '出院日期不能早于入院日期' })
  return issues
}
