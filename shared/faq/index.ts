/** 政策问答: a cited corpus and a Chinese keyword search that runs on the phone and in the cloud. */
export { FAQ_ENTRIES } from './corpus'
export type { FaqEntry, FaqVariant } from './faq.types'
export {
  FAQ_HOTLINE_ADVICE,
  type FaqHit,
  type FaqSearchOptions,
  faqEntryById,
  faqSuggestions,
  hotQuestions,
  searchFaq,
} from './search'
