/** What every page may show without loading the FAQ corpus: the hotline and the disclaimer. */
export const HOTLINE = '12393'
export const DISCLAIMER = '以参保地医保经办机构解释为准'
