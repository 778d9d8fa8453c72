import { CARE_TYPE_LABELS, type CareType } from '../policy/vocabulary'
import { daysBetween, type IsoDate } from '../time/calendar'
import { CLAIM_AMOUNT_BOUNDS, CLAIM_DATE_FLAGS } from './claim-amounts'

export interface ClaimFlag {
  code:
    | 'AMOUNT_ABOVE_USUAL'
    | 'LONG_STAY'
    | 'OLD_TREATMENT'
    | 'OUTSIDE_FILING'
    | 'INVOICES_DIFFER'
    | 'HOSPITAL_UNLISTED'
    | 'INVOICE_NOT_VERIFIED'
  text: string
}

interface FlaggedFacts {
  careType: CareType
  totalCost: number
  admissionDate: IsoDate
  dischargeDate: IsoDate | null
  createdAt: string
  notices?: readonly { code: string }[]
  invoices?: readonly {
    kind: string
    number: string
    amount?: number
    verification?: { outcome: string; reason?: string }
  }[]
  hospital?: { name: string; listed?: boolean }
}

/** What a reviewer should look at twice, with the reason: none of it refuses the claim. */
export const claimFlags = (claim: FlaggedFacts): ClaimFlag[] => {
  const flags: ClaimFlag[] = []
  const care = CARE_TYPE_LABELS[claim.careType]
  const { usual } = CLAIM_AMOUNT_BOUNDS[claim.careType]
  if (claim.totalCost > usual)
    flags.push({
      code: 'AMOUNT_ABOVE_USUAL',
      text: `费用 ${claim.totalCost.toFixed(2)} 元，高于一次${care}的常见范围（${usual} 元以内），请核对票据`,
    })
  if (claim.dischargeDate) {
    const days = daysBetween(claim.admissionDate, claim.dischargeDate)
    if (days > CLAIM_DATE_FLAGS.longStayDays)
      flags.push({
        code: 'LONG_STAY',
        text: `住院 ${days} 天，超过 ${CLAIM_DATE_FLAGS.longStayDays} 天，请核对日期`,
      })
  }
  const age = daysBetween(claim.admissionDate, claim.createdAt.slice(0, 10))
  if (age > CLAIM_DATE_FLAGS.oldTreatmentDays)
    flags.push({ code: 'OLD_TREATMENT', text: `就医在申请前 ${age} 天，请核对是否超过报销时限` })
  if (claim.notices?.some((item) => item.code === 'FILING_NOT_COVERING_STAY'))
    flags.push({ code: 'OUTSIDE_FILING', text: '就医日期不在关联备案的有效范围内，已按未备案估算' })
  const electronic = (claim.invoices ?? []).flatMap((invoice) => invoice.amount ?? [])
  const invoiced = electronic.reduce((sum, amount) => sum + Math.round(amount * 100), 0) / 100
  if (electronic.length > 0 && Math.abs(invoiced - claim.totalCost) >= 0.01)
    flags.push({
      code: 'INVOICES_DIFFER',
      text: `电子票据合计 ${invoiced.toFixed(2)} 元，与申请的费用总额 ${claim.totalCost.toFixed(2)} 元不一致`,
    })
  for (const invoice of claim.invoices ?? []) {
    const check = invoice.verification
    if (check?.outcome === 'refused')
      flags.push({
        code: 'INVOICE_NOT_VERIFIED',
        text: `电子票据 ${invoice.number} 查验未通过：${check.reason}`,
      })
    if (check?.outcome === 'unavailable')
      flags.push({
        code: 'INVOICE_NOT_VERIFIED',
        text: `电子票据 ${invoice.number} 未能查验（${check.reason}），请人工核对`,
      })
  }
  if (claim.hospital?.listed === false)
    flags.push({
      code: 'HOSPITAL_UNLISTED',
      text: `医院“${claim.hospital.name}”由申请人填写，未在定点医院名单中核验`,
    })
  return flags
}
