import { readFileSync } from 'node:fs'
import { FILING_TYPES, INSURANCE_TYPES } from '@shared/policy/vocabulary'
import { z } from 'zod'
import { FILING_OPERATIONS } from '../../ports/insurance-core'

const code = z.string().min(1)
const codes = <const T extends readonly string[]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, code])) as Record<T[number], typeof code>)

/** Our names of what travels; each maps to the platform vendor's field name in `input.data` and `output`. */
export const MAPPED_FIELDS = [
  'name',
  'idNumber',
  'idType',
  'phone',
  'insuredRegion',
  'insuranceType',
  'filingType',
  'destination',
  'validFrom',
  'validUntil',
  'filingId',
  'registrationNumber',
  'operation',
  'reason',
  'claimId',
  'decision',
  'totalCost',
  'approvedAmount',
  'paidAmount',
  'insuredStatus',
] as const
export type MappedField = (typeof MAPPED_FIELDS)[number]

/**
 * Every platform vendor gives the agency its own transaction codes and field names, so they are configuration.
 * The defaults follow the national 医保信息平台 interface conventions (docs/integration.md says which are
 * placeholders for the vendor to replace).
 */
export const gatewayConfigSchema = z.object({
  infver: code,
  /** 1 经办人员, 2 自助终端, 3 移动终端: a mini-program is a mobile terminal. */
  opterType: code,
  opter: code,
  opterName: code,
  /** The agency's own region code (mdtrtarea_admdvs of a look-up, which has no destination yet). */
  agencyAdmdvs: z.string(),
  signatureHeader: code,
  codes: codes([...FILING_OPERATIONS, 'lookUp', 'report'] as const),
  fields: codes(MAPPED_FIELDS),
  insuranceTypeCodes: codes(INSURANCE_TYPES),
  filingTypeCodes: codes(FILING_TYPES),
  /** Where the answer carries the registration number, the refused field, the insurances and the 备案. */
  paths: z.object({ number: code, refusedField: code, insurances: code, filings: code }),
  /** The value of `insuredStatus` for a person whose insurance is in force. */
  insuredStatusActive: code,
})
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>

export const DEFAULT_GATEWAY_CONFIG: GatewayConfig = {
  infver: 'V1.0',
  opterType: '3',
  opter: 'yidi-miniprogram',
  opterName: '异地就医小程序',
  agencyAdmdvs: '',
  signatureHeader: 'X-Signature',
  codes: { lookUp: '1101', register: '2501', change: '2503', cancel: '2502', void: '2504', report: '2601' },
  fields: {
    name: 'psn_name',
    idNumber: 'certno',
    idType: 'psn_cert_type',
    phone: 'tel',
    insuredRegion: 'insuplc_admdvs',
    insuranceType: 'insutype',
    filingType: 'dcla_type',
    destination: 'mdtrtarea_admdvs',
    validFrom: 'begndate',
    validUntil: 'enddate',
    filingId: 'dcla_sn',
    registrationNumber: 'regno',
    operation: 'opt_type',
    reason: 'memo',
    claimId: 'clm_sn',
    decision: 'audt_rslt',
    totalCost: 'medfee_sumamt',
    approvedAmount: 'fund_pay_sumamt',
    paidAmount: 'pay_sumamt',
    insuredStatus: 'psn_insu_stas',
  },
  insuranceTypeCodes: { employee: '310', resident: '390', retired_cadre: '340' },
  filingTypeCodes: {
    retiree_resettled: '1',
    long_term_resident: '2',
    resident_worker: '3',
    referral: '4',
    emergency: '5',
    temporary: '6',
  },
  paths: {
    number: 'output.regno',
    refusedField: 'output.err_field',
    insurances: 'output.insuinfo',
    filings: 'output.fil_info',
  },
  insuredStatusActive: '1',
}

/** The defaults with whatever a JSON file overrides (each section merged key by key), checked before use. */
export const loadGatewayConfig = (file?: string): GatewayConfig => {
  if (!file) return DEFAULT_GATEWAY_CONFIG
  const given = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<keyof GatewayConfig, unknown>>
  const merged = Object.fromEntries(
    Object.entries(DEFAULT_GATEWAY_CONFIG).map(([key, value]) => {
      const override = given[key as keyof GatewayConfig]
      if (override === undefined) return [key, value]
      return [key, typeof value === 'object' ? { ...value, ...(override as object) } : override]
    }),
  )
  return gatewayConfigSchema.parse(merged)
}
