import { GANZHOU_ANNEX_2 } from '@shared/hospitals/ganzhou-annex2'
import type { Hospital } from '@shared/hospitals/hospital.schema'
import { parseHospitalCsv } from '@shared/hospitals/hospital-csv'
import { regionPrefix, searchHospitals } from '@shared/hospitals/search'
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
  query: { region?: string; q?: string },
): Promise<Result<{ items: Hospital[]; sample: boolean }>> => {
  const { hospitals } = call.ports
  const sample = (await hospitals.count()) === 0
  const rows = sample
    ? GANZHOU_ANNEX_2
    : await hospitals.inRegion(query.region ? regionPrefix(query.region) : '', REGION_WINDOW)
  return ok({ items: searchHospitals(rows, query), sample })
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
