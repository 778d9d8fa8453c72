import type { HospitalLevel } from '../policy/vocabulary'
import type { Hospital } from './hospital.schema'
import { pinyinInitials } from './initials'

/** A region code as the prefix its places share: 360000 → 36, 360700 → 3607, 360702 → 360702. */
export const regionPrefix = (code: string) => code.replace(/(00){1,2}$/, '')

/** By place (a province, city or county code) and by name: characters, or pinyin initials ("rmyy" → 人民医院). */
export const searchHospitals = (
  rows: readonly Hospital[],
  { region, q, level }: { region?: string; q?: string; level?: HospitalLevel },
  limit = 50,
): Hospital[] => {
  const typed = (q ?? '').trim().toLowerCase()
  return rows
    .filter((row) => !region || row.regionCode.startsWith(regionPrefix(region)))
    .filter((row) => !level || row.level === level)
    .filter((row) => !typed || row.name.includes(typed) || pinyinInitials(row.name).includes(typed))
    .slice(0, limit)
}
