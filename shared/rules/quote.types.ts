import type { Commitment } from '../policy/commitments'
import type { MaterialKind } from '../policy/materials'
import type { FilingType } from '../policy/vocabulary'
import type { FilingTarget } from '../regions/regions'
import type { Source } from '../result'
import type { IsoDate } from '../time/calendar'
import type { Notice } from './notices'

export interface QuotedMaterial {
  kind: MaterialKind
  label: string
  replaceableByCommitment: boolean
  supplyLater: boolean
  source: Source
}

/** What quoteFiling answers: the confirmation card's facts, before anything is written. */
export interface FilingQuote {
  profile: string
  profileName: string
  filingType: FilingType
  target: FilingTarget
  validFrom: IsoDate
  validUntil: IsoDate | null
  earliestStart: IsoDate | null
  latestStart: IsoDate
  effectiveOnSubmit: boolean
  supplementDeadline: IsoDate | null
  requiredMaterials: QuotedMaterial[]
  /** Materials neither attached nor replaced by the commitment; with 承诺补充 they are owed later. */
  outstandingMaterials: MaterialKind[]
  commitments: Commitment[]
  notices: Notice[]
}
