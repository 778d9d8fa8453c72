import { addDays, addMonths, daysBetween, isRealDate, todayInShanghai } from './calendar'

describe('today in Asia/Shanghai', () => {
  test.each([
    ['2026-11-22T15:59:59Z', '2026-11-22'],
    ['2026-11-22T16:00:00Z', '2026-11-23'],
    ['2026-12-31T16:30:00Z', '2027-01-01'],
  ])('%s is %s in Shanghai', (instant, expected) => {
    expect(todayInShanghai(new Date(instant))).toBe(expected)
  })
})

describe('dates that exist', () => {
  test.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['20261101', false],
  ])('%s exists: %s', (value, expected) => {
    expect(isRealDate(value)).toBe(expected)
  })
})

describe('date arithmetic', () => {
  test('adding months clamps to the last day of the month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
  })
  test('adding days crosses years', () => {
    expect(addDays('2026-12-30', 5)).toBe('2027-01-04')
  })
  test('days between two dates', () => {
    expect(daysBetween('2026-11-18', '2026-11-23')).toBe(5)
  })
})
