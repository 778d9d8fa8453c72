// Subscription messages: what WeChat would refuse with 47003 is never sent. Every status a message can
// carry, of every kind, becomes a Chinese phrase that fits the keyword rules.
import { KEYWORD_RULES, subscriptionData } from '@shared/notify/subscription-message'
import {
  CLAIM_STATUSES,
  FAQ_QUESTION_STATUSES,
  FILING_STATUSES,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '@shared/policy/vocabulary'

const statusesOf = (kind: NotificationKind): readonly string[] =>
  kind === 'faq_answer' ? FAQ_QUESTION_STATUSES : kind === 'claim_status' ? CLAIM_STATUSES : FILING_STATUSES

const cases = NOTIFICATION_KINDS.flatMap((kind) => statusesOf(kind).map((status) => [kind, status] as const))

test.each(cases)('a %s message with status %s is sent as a Chinese phrase WeChat accepts', (kind, status) => {
  const data = subscriptionData({
    kind,
    payload: { title: '异地就医备案审核结果已出', status, deadline: '2026-12-03' },
  })
  expect(data.ok).toBe(true)
  if (!data.ok) return
  expect(data.value.phrase2?.value).toMatch(/^\p{Script=Han}{1,5}$/u)
  expect(data.value.date4).toEqual({ value: '2026年12月3日' })
})

test.each([
  ['phrase', 'effec', false],
  ['phrase', '待补充材料', true],
  ['phrase', '补充材料待审核', false],
  ['thing', '备案材料须在 7 天内补充', true],
  ['thing', '一二三四五六七八九十一二三四五六七八九十一', false],
  ['date', '2026-12-03', false],
  ['date', '2026年12月3日', true],
] as const)('the %s rule on %s: %s', (type, value, accepted) => {
  expect(KEYWORD_RULES[type].test(value)).toBe(accepted)
})

test('a long title or staff note is shortened to 20 characters, not refused', () => {
  const data = subscriptionData({
    kind: 'claim_status',
    payload: {
      title: '手工报销',
      status: 'need_more',
      note: '请补充住院费用明细清单和出院小结的原件照片，谢谢',
    },
  })
  expect(data.ok && [...(data.value.thing3?.value ?? '')].length).toBe(20)
})

test('a status that has no Chinese label is refused here, not sent as its key', () => {
  const data = subscriptionData({ kind: 'filing_status', payload: { title: '备案', status: 'in_review' } })
  expect(data).toMatchObject({ ok: false, error: { path: 'phrase2' } })
})
