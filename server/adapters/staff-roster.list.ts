import type { StaffRoster } from '../ports/staff-roster'

/** STAFF_OPENIDS (comma separated) first, then the stored roster. */
export const staffFromList = (list: string | undefined, stored?: StaffRoster): StaffRoster => {
  const listed = new Set(
    (list ?? '')
      .split(',')
      .map((openid) => openid.trim())
      .filter(Boolean),
  )
  return { includes: async (openid) => listed.has(openid) || ((await stored?.includes(openid)) ?? false) }
}
