// Answers whose real answer depends on the person's own case point to the page that gives it: the hospital
// questions to 查定点医院, whatever the person's region.
import { FAQ_ENTRIES, searchFaq } from '@shared/faq'
import { profileIdFor } from '@shared/policy/profile-regions'

const HOSPITAL_QUESTIONS = ['备案后哪些医院可以直接结算？', '怎么查询跨省异地联网定点医院名单？']

test.each(HOSPITAL_QUESTIONS)('「%s」 leads to 查定点医院', (question) => {
  const entry = FAQ_ENTRIES.find((candidate) => candidate.question === question)
  expect(entry?.see).toEqual({ label: '查定点医院', route: 'hospitals' })
})

/** One insured region per profile: 北京 (national), 长春, 济宁, 赣州, 广州, 武汉. */
const ONE_REGION_PER_PROFILE = ['110105', '220100', '370800', '360700', '440100', '420100']

test('the regions cover every profile', () => {
  expect(new Set(ONE_REGION_PER_PROFILE.map(profileIdFor)).size).toBe(ONE_REGION_PER_PROFILE.length)
})

test.each(ONE_REGION_PER_PROFILE)(
  'searched by someone insured in %s, the hospitals answer carries the link',
  (insuredRegion) => {
    const [best] = searchFaq('哪些医院可以直接结算', { insuredRegion })
    expect(best.see?.route).toBe('hospitals')
  },
)
