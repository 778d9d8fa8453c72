/** 政策问答: a cited corpus and a Chinese keyword search that runs on the phone and in the cloud. */

export { DRAFT_ID_PREFIX, type FaqAdditions } from './additions'
export { FAQ_ENTRIES } from './corpus'
export {
  answerFaq,
  FAQ_HOTLINE_ADVICE,
  type FaqHit,
  faqEntryById,
  faqHitOf,
  faqSuggestions,
  hotQuestions,
  nearestFaqEntries,
  searchFaq,
  warmFaq,
} from './search'
