import type { Hospital } from '@shared/hospitals/hospital.schema'

/** The designated-hospital directory an agency loads (定点医药机构). */
export interface Hospitals {
  /** Every row written in one transaction, replacing rows of the same code: all or none. */
  importAll(rows: readonly Hospital[]): Promise<number>
  /** Rows whose region code starts with the prefix ('' for all), at most `limit`. */
  inRegion(prefix: string, limit: number): Promise<Hospital[]>
  /** The row of this code, wherever it is; null when the directory has none. */
  byCode(code: string): Promise<Hospital | null>
  count(): Promise<number>
}
