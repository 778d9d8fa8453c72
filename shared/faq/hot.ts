/** The questions shown before anything is typed, most asked first (curated by the agency). */
export const HOT_QUESTION_IDS: readonly string[] = [
  'emergency-no-filing',
  'type-retiree',
  'manual-materials',
  'backdate-before-discharge',
  'materials-long-term',
  'two-way-benefits',
  'validity-temporary',
  'filing-target',
  'ratio-temporary',
  'channels-online',
]
