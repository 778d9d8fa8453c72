// 医保发〔2022〕22号 二(五) lets long-term filers settle at home as well; it says nothing of temporary filings. Every
// profile's temporary types cite their own notice or this service's rule for it, never 二(五).
import { PROFILES } from '@shared/policy/profiles'
import { DOCUMENTS } from '@shared/policy/sources'
import { FILING_TYPES, isLongTerm } from '@shared/policy/vocabulary'

const rows = PROFILES.flatMap((profile) =>
  FILING_TYPES.filter((type) => profile.types[type]).map((type) => ({
    profile: profile.id,
    type,
    row: profile.types[type]!.suspendsHomeSettlement,
  })),
)

test.each(rows.filter(({ type }) => !isLongTerm(type)))(
  '$profile $type: home settlement of a temporary filing is not cited to 22号 二(五)',
  ({ row }) => {
    expect(row.value).toBe(false)
    expect(row.source).not.toEqual({ doc: DOCUMENTS['national-2022'], clause: '二(五)' })
  },
)

test('the national profile states it as this service rule for all three temporary types', () => {
  const national = rows.filter(({ profile, type }) => profile === 'national-2022' && !isLongTerm(type))
  expect(national).toHaveLength(3)
  for (const { row } of national) expect(row.source.doc).toBe(DOCUMENTS.service)
})
