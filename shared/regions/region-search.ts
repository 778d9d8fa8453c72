import { citiesOf, provinces, type RegionRef } from './regions'

export interface RegionChoice extends RegionRef {
  /** '广东省 深圳市'; a municipality once ('北京市'). */
  label: string
}

// What people leave off when they type a place: 深圳 for 深圳市, 广西 for 广西壮族自治区.
const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|盟|省|市)$/

const bare = (name: string) => name.replace(SUFFIX, '')

let all: RegionChoice[] | undefined

/** Every city-level unit (prefecture cities, municipalities, 省直辖县级 units) with its province. */
export const cityChoices = (): RegionChoice[] => {
  all ??= provinces().flatMap((province) =>
    citiesOf(province.code).map((city) => ({
      ...city,
      label: city.name === province.name ? city.name : `${province.name} ${city.name}`,
    })),
  )
  return all
}

/**
 * City-level units matching what was typed: a city's own name first (深圳 → 深圳市), then the cities of
 * a matching province (湖北 → 武汉市, 黄石市 …). Empty input matches nothing.
 */
export const searchRegions = (typed: string, limit = 30): RegionChoice[] => {
  const query = bare(typed.replace(/\s+/g, ''))
  if (!query) return []
  const byCity = cityChoices().filter((choice) => choice.name.includes(query) || bare(choice.name) === query)
  const byProvince = cityChoices().filter(
    (choice) => !byCity.includes(choice) && bare(choice.label.split(' ')[0]).includes(query),
  )
  const startsFirst = (a: RegionChoice, b: RegionChoice) =>
    Number(!a.name.startsWith(query)) - Number(!b.name.startsWith(query))
  return [...byCity.sort(startsFirst), ...byProvince].slice(0, limit)
}
