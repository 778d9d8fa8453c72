import { FILING_STATUS_LABELS, FILING_TYPE_LABELS, type FilingType } from '../policy/vocabulary'
import type { IsoDate } from '../time/calendar'
import { type FilingFacts, filingStatus } from './filing-status'

/** A filing the person already holds, as the new one is compared with it. */
export interface HeldFiling {
  filingId: string
  targetCode: string
  targetName: string
  facts: FilingFacts
}

/** What the person is told about one they already hold: enough to recognise it and open it. */
export interface ExistingFiling {
  filingId: string
  filingType: FilingType
  targetName: string
  validFrom: IsoDate
  validUntil: IsoDate | null
  /** The same type, place and dates: filing it again would give two identical filings. */
  identical: boolean
  text: string
}

const isActive = (facts: FilingFacts, today: IsoDate) =>
  ['effective', 'pending_supplement'].includes(filingStatus(facts, today))

const overlaps = (a: { validFrom: IsoDate; validUntil: IsoDate | null }, b: typeof a) =>
  (a.validUntil === null || b.validFrom <= a.validUntil) &&
  (b.validUntil === null || a.validFrom <= b.validUntil)

const describe = (held: HeldFiling, today: IsoDate) => {
  const { facts } = held
  const period = facts.validUntil
    ? `${facts.validFrom} 至 ${facts.validUntil}`
    : `${facts.validFrom} 起长期有效`
  return `${FILING_TYPE_LABELS[facts.filingType]}，备案到${held.targetName}，${period}（${FILING_STATUS_LABELS[filingStatus(facts, today)]}）`
}

/**
 * The person's active filings whose validity meets the new one's, identical ones first. An identical one is
 * refused at submit; the others are shown on the confirmation card, so a second filing is a choice.
 */
export const existingFilings = (
  wanted: { filingType: FilingType; targetCode: string; validFrom: IsoDate; validUntil: IsoDate | null },
  held: readonly HeldFiling[],
  today: IsoDate,
): ExistingFiling[] =>
  held
    .filter((filing) => isActive(filing.facts, today) && overlaps(filing.facts, wanted))
    .map((filing) => ({
      filingId: filing.filingId,
      filingType: filing.facts.filingType,
      targetName: filing.targetName,
      validFrom: filing.facts.validFrom,
      validUntil: filing.facts.validUntil,
      identical:
        filing.facts.filingType === wanted.filingType &&
        filing.targetCode === wanted.targetCode &&
        filing.facts.validFrom === wanted.validFrom &&
        filing.facts.validUntil === wanted.validUntil,
      text: describe(filing, today),
    }))
    .sort((a, b) => Number(b.identical) - Number(a.identical))

export const identicalFilingMessage = (existing: ExistingFiling) =>
  `您已有一份相同的备案：${existing.text}。无需重复办理，可在“我的备案”中查看`
