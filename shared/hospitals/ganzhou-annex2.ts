import type { Hospital } from './hospital.schema'

/**
 * The nine hospitals of 赣市医保字〔2019〕21号 附件2 (赣州市中心城区转统筹地区外异地就医备案定点医院名单), as the
 * annex lists them: name and 综合/专科 only. The annex gives no code, level or networked status, so the code is
 * the annex's number and the rest is left unknown (null) rather than guessed.
 */
const ANNEX_2 = { doc: '赣市医保字〔2019〕21号', clause: '附件2' }
const unknown = { inpatient: null, outpatient: null, chronic: null }

const row = (number: number, name: string, kind: Hospital['kind']): Hospital => ({
  code: `GZ2019A2-${String(number).padStart(2, '0')}`,
  name,
  regionCode: '360700',
  level: null,
  kind,
  provincial: unknown,
  crossProvince: unknown,
  source: ANNEX_2,
  asOf: '2019-07-22',
  illustrative: false,
})

export const GANZHOU_ANNEX_2: readonly Hospital[] = [
  row(1, '赣州市人民医院', 'general'),
  row(2, '赣南医学院第一附属医院', 'general'),
  row(3, '赣州市立医院', 'general'),
  row(4, '赣州市肿瘤医院', 'specialty'),
  row(5, '赣州市中医院', 'specialty'),
  row(6, '赣州市第三人民医院', 'specialty'),
  row(7, '赣州市第五人民医院', 'specialty'),
  row(8, '赣州市妇幼保健医院', 'specialty'),
  row(9, '赣州市皮肤病医院', 'specialty'),
]
