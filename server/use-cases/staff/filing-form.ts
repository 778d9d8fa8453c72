import { ruleFor } from '@shared/policy/profiles'
import { source } from '@shared/policy/sources'
import {
  FILING_TYPE_LABELS,
  type FilingType,
  INSURANCE_TYPE_LABELS,
  RELATION_LABELS,
} from '@shared/policy/vocabulary'
import { regionLabel } from '@shared/regions/regions'
import { ok, type Result } from '@shared/result'
import type { FilingForm } from '@shared/schemas/responses.schema'
import type { FilingRecord } from '../../ports/filings'
import type { Call } from '../call'
import { anyFiling } from '../filing/filing-access'

// 赣市医保字〔2019〕21号 附件1 江西省医疗保险异地备案表: the place field is named by the filing type.
const PLACE_LABEL: Record<FilingType, string> = {
  retiree_resettled: '安置地市',
  long_term_resident: '安置地市',
  resident_worker: '安置地市',
  referral: '转入地市',
  emergency: '急诊就医地市',
  temporary: '就医地市',
}

// 附件1: 门诊特殊慢性病定点医院（转诊转院和异地急诊不填）.
const WITHOUT_CHRONIC_HOSPITAL: readonly FilingType[] = ['referral', 'emergency']

const GENERIC_BASIS = source('service', '备案表')
const GENERIC_NOTE =
  '本表列出异地就医备案的通用信息，供经办核对和存档；参保地规定了专用表格的，以参保地表格为准。'

const insuredPlace = (region: string) => (regionLabel(region) ?? region).replace(' ', '')

/** Both forms' person, type and referral or emergency details. */
const commonFields = ({ draft, facts, insured }: FilingRecord) => ({
  姓名: insured.name,
  身份证号: insured.idNumberMasked,
  联系方式: insured.phone,
  工作单位: draft.contact?.workUnit ?? '',
  申请备案生效时间: facts.validFrom,
  ...(draft.admissionDate ? { 入院时间: draft.admissionDate } : {}),
  备案类型: FILING_TYPE_LABELS[draft.filingType],
  参保类型: INSURANCE_TYPE_LABELS[draft.insuranceType],
  参保地: regionLabel(draft.insuredRegion) ?? draft.insuredRegion,
})

const careDetails = ({ draft }: FilingRecord) => ({
  ...(draft.referral
    ? {
        转出医疗机构: draft.referral.fromHospital,
        初步诊断: draft.referral.diagnosis,
        病情摘要: draft.referral.summary,
      }
    : {}),
  ...(draft.emergency ? { 病情摘要: draft.emergency.summary } : {}),
  代办关系: RELATION_LABELS[draft.relation],
})

const contactFields = ({ draft }: FilingRecord) => ({
  通讯地址: draft.contact?.address ?? '',
  邮政编码: draft.contact?.postcode ?? '',
})

/**
 * The filled form for staff to print: the region's own form where its notice prescribes one (赣州 附件1), else a
 * generic 异地就医备案表 with the national fields, titled by the insured region and naming no form it is not. The ID
 * number stays masked here too: the agency matches it in its own system, and paper is where a full number leaks.
 */
export const filingForm = async (call: Call, filingId: string): Promise<Result<FilingForm>> => {
  const found = await anyFiling(call, filingId)
  if (!found.ok) return found
  const record = found.value
  const { draft } = record
  const { profile } = ruleFor(record.facts)
  const prescribed = profile.printedForm
  if (prescribed) {
    return ok({
      title: prescribed.value,
      filingId,
      basis: prescribed.source,
      ...commonFields(record),
      [PLACE_LABEL[draft.filingType]]: record.target.name,
      ...contactFields(record),
      ...(!WITHOUT_CHRONIC_HOSPITAL.includes(draft.filingType)
        ? { 门诊特殊慢性病定点医院: draft.contact?.chronicDiseaseHospital ?? '' }
        : {}),
      ...careDetails(record),
    })
  }
  return ok({
    title: `异地就医备案表（参保地：${insuredPlace(draft.insuredRegion)}）`,
    filingId,
    basis: GENERIC_BASIS,
    note: GENERIC_NOTE,
    ...commonFields(record),
    就医地: record.target.name,
    备案有效期至: record.facts.validUntil ?? '长期有效',
    ...contactFields(record),
    ...careDetails(record),
  })
}
