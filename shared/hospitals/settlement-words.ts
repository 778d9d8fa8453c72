import { HOSPITAL_LEVEL_LABELS } from '../policy/vocabulary'
import type { Hospital } from './hospital.schema'

const SCOPES = [
  { key: 'provincial', title: '省内异地' },
  { key: 'crossProvince', title: '跨省异地' },
] as const
const CARE = [
  { key: 'inpatient', title: '住院' },
  { key: 'outpatient', title: '普通门诊' },
  { key: 'chronic', title: '门诊慢特病' },
] as const

const KIND_LABELS: Record<Hospital['kind'], string> = { general: '综合', specialty: '专科', pharmacy: '药店' }

/** 三级 综合医院, 专科医院 (级别未注明), 药店. */
export const hospitalKindWords = (row: Hospital) =>
  row.kind === 'pharmacy'
    ? '定点药店'
    : `${row.level ? HOSPITAL_LEVEL_LABELS[row.level] : '级别未注明的'}${KIND_LABELS[row.kind]}医院`

const valueWords = (value: boolean | null) =>
  value === null ? '名单未注明' : value ? '可直接结算' : '不能直接结算'

/** Each scope's line as a person reads it: "跨省异地：住院 可直接结算，普通门诊 名单未注明，…". */
export const settlementLines = (row: Hospital): { scope: string; text: string; known: boolean }[] =>
  SCOPES.map(({ key, title }) => ({
    scope: title,
    text: CARE.map((care) => `${care.title} ${valueWords(row[key][care.key])}`).join('，'),
    known: CARE.some((care) => row[key][care.key] !== null),
  }))

/** One sentence first: does the list say this hospital settles directly at all? */
export const settlementSummary = (row: Hospital): string => {
  const values = SCOPES.flatMap(({ key }) => CARE.map((care) => row[key][care.key]))
  if (values.every((value) => value === null))
    return '名单只列出了这家医院，未注明能否直接结算：就诊前请向医院医保办确认'
  if (values.some((value) => value === true)) return '已联网，可按下列范围直接结算（须已办理备案）'
  return '名单注明不能直接结算：费用需先自付，回参保地手工报销'
}
