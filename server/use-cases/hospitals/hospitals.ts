import { GANZHOU_ANNEX_2 } from '@shared/hospitals/ganzhou-annex2'
import type { Hospital } from '@shared/hospitals/hospital.schema'
import { parseHospitalCsv } from '@shared/hospitals/hospital-csv'
import { regionPrefix, searchHospitals } from '@shared/hospitals/search'
import type { HospitalLevel } from '@shared/policy/vocabulary'
import { fail, ok, type Result } from '@shared/result'
import type { Hospitals } from '../../ports/hospitals'
import type { Call } from '../call'

// A city's list is a few thousand rows at most: read the region's rows, match names here (pinyin initials too).
const REGION_WINDOW = 5000

/**
 * The directory by place and name. Until an agency has imported its list, the shipped sample (赣 附件2) answers,
 * and says so: `sample: true`.
 */
export const findHospitals = async (
  call: Call,
  query: { region?: string; q?: string; level?: HospitalLevel },
): Promise<Result<{ items: Hospital[]; sample: boolean }>> => {
  const { rows, sample } = await directoryRows(call, query.region)
  return ok({ items: searchHospitals(rows, query), sample })
}

const directoryRows = async (call: Call, region?: string) => {
  const { hospitals } = call.ports
  const sample = (await hospitals.count()) === 0
  const rows = sample
    ? GANZHOU_ANNEX_2
    : await hospitals.inRegion(region ? regionPrefix(region) : '', REGION_WINDOW)
  return { rows, sample }
}

/** One row by its code, from the imported directory or, before any import, the shipped sample. */
export const directoryRow = async (call: Call, code: string): Promise<Hospital | null> => {
  const { hospitals } = call.ports
  if ((await hospitals.count()) === 0) return GANZHOU_ANNEX_2.find((row) => row.code === code) ?? null
  return hospitals.byCode(code)
}

/**
 * A claim's hospital as the directory knows it: a code found in the hospital's place is `listed` and lends its
 * level where the person gave none; anything else stays as typed and is 未核验.
 */
export const claimHospital = async (
  call: Call,
  typed: { name: string; regionCode: string; level?: HospitalLevel; code?: string },
) => {
  const { code, ...rest } = typed
  const row = code
    ? (await directoryRows(call, typed.regionCode)).rows.find((item) => item.code === code)
    : undefined
  if (!row) return { ...rest, listed: false }
  const level = typed.level ?? row.level ?? undefined
  return { ...rest, ...(level ? { level } : {}), code: row.code, listed: true }
}

/** A whole file or nothing: any bad row refuses the file, each problem named by line and column. */
export const importHospitalCsv = async (
  hospitals: Hospitals,
  csv: string,
): Promise<Result<{ imported: number }>> => {
  const parsed = parseHospitalCsv(csv)
  if (!parsed.ok)
    return fail({
      code: 'VALIDATION',
      message: `文件有 ${parsed.issues.length} 处错误，未导入任何一行。${parsed.issues[0].message}`,
      path: 'csv',
      issues: parsed.issues.map(({ path, message }) => ({ path, message })),
    })
  if (parsed.rows.length === 0) return fail({ code: 'VALIDATION', message: '文件里没有机构', path: 'csv' })
  return ok({ imported: await hospitals.importAll(parsed.rows) })
}
