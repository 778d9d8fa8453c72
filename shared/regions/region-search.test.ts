import { searchRegions } from './region-search'

const labels = (typed: string) => searchRegions(typed).map((choice) => choice.label)

describe('searching a place as people type it', () => {
  test.each([
    ['深圳', '广东省 深圳市'],
    ['武汉', '湖北省 武汉市'],
    ['武汉市', '湖北省 武汉市'],
    ['北京', '北京市'],
    ['仙桃', '湖北省 仙桃市'],
    ['琼海', '海南省 琼海市'],
  ])('%s finds %s first', (typed, label) => {
    expect(labels(typed)[0]).toBe(label)
  })

  test('a province lists its cities (湖北 → 武汉市 among them)', () => {
    expect(labels('湖北')).toEqual(expect.arrayContaining(['湖北省 武汉市', '湖北省 黄石市']))
  })

  test('a province name without its suffix works (广西 → 南宁市)', () => {
    expect(labels('广西')).toContain('广西壮族自治区 南宁市')
  })

  test.each(['', '  ', '火星'])('%j finds nothing', (typed) => {
    expect(searchRegions(typed)).toEqual([])
  })

  test('results carry the 6-digit code of the city-level unit', () => {
    expect(searchRegions('深圳')[0].code).toBe('440300')
  })
})
