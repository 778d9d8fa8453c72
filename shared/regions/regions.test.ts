import { citiesOf, cityOf, filingTarget, provinceOf, provinces, regionExists, regionLabel } from './regions'
import { COUNTIES } from './regions.data'

const allCities = provinces().flatMap((province) => citiesOf(province.code))
const allCounties = COUNTIES.split(',').flatMap((group) =>
  Array.from(
    { length: (group.length - 4) / 2 },
    (_, i) => group.slice(0, 4) + group.slice(4 + 2 * i, 6 + 2 * i),
  ),
)

describe('counts', () => {
  test('31 mainland provinces in code order', () => {
    const codes = provinces().map((province) => province.code)
    expect(codes).toHaveLength(31)
    expect([...codes].sort()).toEqual(codes)
  })

  test('369 city-level units: 333 prefecture-level, 4 municipalities, 32 省直辖县级', () => {
    expect(allCities).toHaveLength(369)
    expect(allCities.filter((city) => city.code.slice(2, 4) === '90')).toHaveLength(32)
  })

  test.each([
    ['110000', [{ code: '110100', name: '北京市' }]],
    ['500000', [{ code: '500100', name: '重庆市' }]],
  ])('municipality %s has one city-level unit', (code, expected) => {
    expect(citiesOf(code)).toEqual(expected)
  })

  test.each([
    ['420000', 17, '429004'],
    ['410000', 18, '419001'],
    ['460000', 19, '469002'],
    ['650000', 26, '659001'],
  ])('%s has %i city-level units including %s, and no placeholder', (code, count, unit) => {
    const codes = citiesOf(code).map((city) => city.code)
    expect(codes).toHaveLength(count)
    expect(codes).toContain(unit)
    expect(codes.filter((c) => c.endsWith('9000'))).toEqual([])
  })

  test.each(['', '710000', '420100', '12345'])('citiesOf(%p) is empty', (code) => {
    expect(citiesOf(code)).toEqual([])
  })
})

describe('existence', () => {
  test.each([
    ['420000', true],
    ['420100', true],
    ['420102', true],
    ['429004', true],
    ['500229', true],
    ['441901', true],
    ['710000', false],
    ['710100', false],
    ['810000', false],
    ['810101', false],
    ['820000', false],
    ['429000', false],
    ['370871', false],
    ['370890', false],
    ['320571', false],
    ['321150', false],
    ['460417', false],
    ['500200', false],
    ['999999', false],
    ['12345', false],
    ['1234567', false],
    ['abcdef', false],
    ['', false],
  ])('regionExists(%p) is %p', (code, expected) => {
    expect(regionExists(code)).toBe(expected)
  })
})

describe('city, province, filing target and label', () => {
  const wuhan = { code: '420100', name: '武汉市' }
  const xiantao = { code: '429004', name: '仙桃市' }
  const jining = { code: '370800', name: '济宁市' }
  const ganzhou = { code: '360700', name: '赣州市' }
  const beijing = { code: '110100', name: '北京市' }
  const chongqing = { code: '500100', name: '重庆市' }
  const qionghai = { code: '469002', name: '琼海市' }

  test.each([
    ['420102', wuhan, '420000', { level: 'city', ...wuhan }, '湖北省 武汉市'],
    ['420100', wuhan, '420000', { level: 'city', ...wuhan }, '湖北省 武汉市'],
    ['429004', xiantao, '420000', { level: 'city', ...xiantao }, '湖北省 仙桃市'],
    ['370811', jining, '370000', { level: 'city', ...jining }, '山东省 济宁市'],
    ['360702', ganzhou, '360000', { level: 'city', ...ganzhou }, '江西省 赣州市'],
    ['469002', qionghai, '460000', { level: 'province', code: '460000', name: '海南省' }, '海南省 琼海市'],
    [
      '460105',
      { code: '460100', name: '海口市' },
      '460000',
      { level: 'province', code: '460000', name: '海南省' },
      '海南省 海口市',
    ],
    [
      '540102',
      { code: '540100', name: '拉萨市' },
      '540000',
      { level: 'province', code: '540000', name: '西藏自治区' },
      '西藏自治区 拉萨市',
    ],
    ['110105', beijing, '110000', { level: 'province', code: '110000', name: '北京市' }, '北京市'],
    ['110000', undefined, '110000', { level: 'province', code: '110000', name: '北京市' }, '北京市'],
    ['500101', chongqing, '500000', { level: 'province', code: '500000', name: '重庆市' }, '重庆市'],
    ['500229', chongqing, '500000', { level: 'province', code: '500000', name: '重庆市' }, '重庆市'],
    [
      '310151',
      { code: '310100', name: '上海市' },
      '310000',
      { level: 'province', code: '310000', name: '上海市' },
      '上海市',
    ],
    [
      '659001',
      { code: '659001', name: '石河子市' },
      '650000',
      { level: 'city', code: '659001', name: '石河子市' },
      '新疆维吾尔自治区 石河子市',
    ],
    [
      '441901',
      { code: '441900', name: '东莞市' },
      '440000',
      { level: 'city', code: '441900', name: '东莞市' },
      '广东省 东莞市',
    ],
    ['420000', undefined, '420000', undefined, '湖北省'],
    ['460000', undefined, '460000', undefined, '海南省'],
  ])('%s: city %o, province %s, target %o, label %p', (code, city, province, target, label) => {
    expect(cityOf(code)).toEqual(city)
    expect(provinceOf(code)?.code).toBe(province)
    expect(filingTarget(code)).toEqual(target)
    expect(regionLabel(code)).toBe(label)
  })

  test.each(['12345', 'abcdef', '', '710000', '810101', '370871', '429000', '999999'])(
    '%p is unknown everywhere',
    (code) => {
      expect(cityOf(code)).toBeUndefined()
      expect(provinceOf(code)).toBeUndefined()
      expect(filingTarget(code)).toBeUndefined()
      expect(regionLabel(code)).toBeUndefined()
    },
  )
})

describe('whole data set', () => {
  test('every city-level unit is its own city and lies in its province', () => {
    for (const city of allCities) {
      expect(cityOf(city.code)).toEqual(city)
      expect(provinceOf(city.code)?.code).toBe(`${city.code.slice(0, 2)}0000`)
    }
  })

  test('every county exists and resolves to a city-level unit of the same province', () => {
    const cityCodes = new Set(allCities.map((city) => city.code))
    for (const county of allCounties) {
      const city = cityOf(county)
      expect(regionExists(county)).toBe(true)
      expect(cityCodes.has(city?.code ?? '')).toBe(true)
      expect(city?.code.slice(0, 2)).toBe(county.slice(0, 2))
    }
  })

  test('no county code is also a city-level code, and no dropped zone range survives', () => {
    const cityCodes = new Set(allCities.map((city) => city.code))
    expect(allCounties.filter((county) => cityCodes.has(county))).toEqual([])
    expect(allCounties.filter((county) => /7\d$/.test(county))).toEqual([])
  })

  test('returned refs are copies', () => {
    provinces()[0].name = 'changed'
    citiesOf('420000')[0].name = 'changed'
    expect(provinces()[0].name).toBe('北京市')
    expect(cityOf('420100')?.name).toBe('武汉市')
  })
})
