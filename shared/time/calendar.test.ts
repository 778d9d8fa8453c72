import { addDays, addMonths, daysBetween, isRealDate, startOfShanghaiDay, todayInShanghai } from './calendar'

describe('today in Asia/Shanghai', () => {
  test.each([
    ['2026-11-22T15:59:59Z', '2026-11-22'],
    ['2026-11-22T16:00:00Z', '2026-11-23'],
    ['2026-12-31T16:30:00Z', '2027-01-01'],
  ])('%s is %s in Shanghai', (instant, expected) => {
    expect(todayInShanghai(new Date(instant))).toBe(expected)
  })
})

describe('the start of a Shanghai day', () => {
  test.each([
    ['2026-05-01', '2026-04-30T16:00:00.000Z'],
    ['2027-01-01', '2026-12-31T16:00:00.000Z'],
  ])('%s begins at %s', (date, instant) => {
    expect(startOfShanghaiDay(date)).toBe(instant)
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
  test.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-11-23', 6, '2027-05-23'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %s months is %s (clamped to the month’s last day)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })
  test('adding days crosses years', () => {
    expect(addDays('2026-12-30', 5)).toBe('2027-01-04')
  })
  test('adding negative days goes back across a leap day', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
  })
  test('days between two dates', () => {
    expect(daysBetween('2026-11-18', '2026-11-23')).toBe(5)
    expect(daysBetween('2026-12-30', '2027-01-04')).toBe(5)
    expect(daysBetween('2026-11-23', '2026-11-18')).toBe(-5)
  })
})
