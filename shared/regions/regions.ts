/**
 * Mainland provinces, city-level units and counties by GB/T 2260 code.
 * City-level units are prefecture cities plus 省直辖县级 units (429004 仙桃市, 469002 琼海市 …);
 * each municipality is one unit, xx0100, which owns all its districts and counties (also 5002xx).
 */
import { COUNTIES, PROVINCES } from './regions.data'

export interface RegionRef {
  code: string
  name: string
}

export interface FilingTarget {
  level: 'province' | 'city'
  code: string
  name: string
}

// 吉医保办〔2018〕6号 二(三); 赣市医保字〔2019〕21号 一(一)
const PROVINCE_LEVEL_FILING: readonly string[] = ['11', '12', '31', '50', '46', '54']

const MUNICIPALITIES = new Set(['11', '12', '31', '50'])
const CODE_SHAPE = /^\d{6}$/

interface Index {
  provinces: RegionRef[]
  provinceByPrefix: Map<string, RegionRef>
  citiesByProvince: Map<string, RegionRef[]>
  cityByCode: Map<string, RegionRef>
  counties: Set<string>
}

let index: Index | undefined

const build = (): Index => {
  const built: Index = {
    provinces: [],
    provinceByPrefix: new Map(),
    citiesByProvince: new Map(),
    cityByCode: new Map(),
    counties: new Set(),
  }
  for (const line of PROVINCES) {
    const [head, ...units] = line.split('|')
    const prefix = head.slice(0, 2)
    const province = { code: `${prefix}0000`, name: head.slice(2) }
    const cities = units.map((unit) => ({ code: prefix + unit.slice(0, 4), name: unit.slice(4) }))
    built.provinces.push(province)
    built.provinceByPrefix.set(prefix, province)
    built.citiesByProvince.set(prefix, cities)
    for (const city of cities) built.cityByCode.set(city.code, city)
  }
  for (const group of COUNTIES.split(',')) {
    for (let at = 4; at < group.length; at += 2)
      built.counties.add(group.slice(0, 4) + group.slice(at, at + 2))
  }
  return built
}

// Parsed on first use, so importing the core costs nothing until regions are needed.
const regions = (): Index => {
  index ??= build()
  return index
}

const copy = (ref: RegionRef): RegionRef => ({ ...ref })

export const provinces = (): RegionRef[] => regions().provinces.map(copy)

/** Municipalities have a single city-level entry; unknown provinces have none. */
export const citiesOf = (provinceCode: string): RegionRef[] => {
  if (!CODE_SHAPE.test(provinceCode) || !provinceCode.endsWith('0000')) return []
  return (regions().citiesByProvince.get(provinceCode.slice(0, 2)) ?? []).map(copy)
}

const isProvince = (code: string) => code.endsWith('0000') && regions().provinceByPrefix.has(code.slice(0, 2))

export const regionExists = (code: string): boolean => {
  if (!CODE_SHAPE.test(code)) return false
  const { cityByCode, counties } = regions()
  return isProvince(code) || cityByCode.has(code) || counties.has(code)
}

/** The city-level unit a code lies in; undefined for provinces and unknown codes. */
export const cityOf = (code: string): RegionRef | undefined => {
  if (!CODE_SHAPE.test(code) || isProvince(code)) return undefined
  const { cityByCode, counties } = regions()
  const own = cityByCode.get(code)
  if (own) return copy(own)
  if (!counties.has(code)) return undefined
  const prefix = code.slice(0, 2)
  const city = cityByCode.get(MUNICIPALITIES.has(prefix) ? `${prefix}0100` : `${code.slice(0, 4)}00`)
  return city && copy(city)
}

export const provinceOf = (code: string): RegionRef | undefined => {
  if (!regionExists(code)) return undefined
  const province = regions().provinceByPrefix.get(code.slice(0, 2))
  return province && copy(province)
}

/**
 * Where a 备案 for treatment at `code` is filed: the province for the six listed, otherwise the city.
 * A bare province code names no treatment place, except a municipality's.
 */
export const filingTarget = (code: string): FilingTarget | undefined => {
  const province = provinceOf(code)
  const prefix = code.slice(0, 2)
  if (!province || (isProvince(code) && !MUNICIPALITIES.has(prefix))) return undefined
  if (PROVINCE_LEVEL_FILING.includes(prefix)) return { level: 'province', ...province }
  const city = cityOf(code)
  return city && { level: 'city', ...city }
}

/** '湖北省 武汉市', '海南省 琼海市', '湖北省'; a municipality is named once ('北京市'). */
export const regionLabel = (code: string): string | undefined => {
  const province = provinceOf(code)
  if (!province) return undefined
  const city = cityOf(code)
  if (!city || MUNICIPALITIES.has(code.slice(0, 2))) return province.name
  return `${province.name} ${city.name}`
}
