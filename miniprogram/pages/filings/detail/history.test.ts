import { RECORD_ACTION_LABELS } from '@shared/policy/vocabulary'
import { timelineOf } from './history'

const at = '2026-12-03T02:00:00.000Z'

test.each(Object.entries(RECORD_ACTION_LABELS))('the history entry %s reads as %s', (action, label) => {
  expect(timelineOf([{ at, action, by: 'applicant' }])[0].title).toBe(`${label}（本人）`)
})

test.each([
  ['applicant', '本人'],
  ['proxy', '家属代办'],
  ['staff', '经办人员'],
])('done by %s: said as %s', (by, said) => {
  expect(timelineOf([{ at, action: 'submitted', by }])[0].title).toMatch(new RegExp(`（${said}）$`))
})

test('a reviewer’s note is kept in full', () => {
  const note = '请补充居住证明原件照片，复印件不清晰。'
  expect(timelineOf([{ at, action: 'submitted', by: 'staff', note }])[0]).toEqual({
    at,
    title: expect.any(String),
    note,
  })
})
