import { regionLabel } from '@shared/regions/regions'
import { filingStatus } from '@shared/rules/filing-status'
import { outstandingLabels } from '@shared/rules/submission'
import type { FilingView } from '@shared/schemas/responses.schema'
import type { IsoDate } from '@shared/time/calendar'
import type { FilingRecord } from '../../ports/filings'
import { shownHistory } from '../record-access'

const region = (code: string) => ({ code, name: regionLabel(code) ?? code })

/** The Filing of the contract: status computed for today, the ID number masked. */
export const filingView = (record: FilingRecord, today: IsoDate): FilingView => ({
  filingId: record.filingId,
  status: filingStatus(record.facts, today),
  filingType: record.draft.filingType,
  insured: { name: record.insured.name, idNumberMasked: record.insured.idNumberMasked },
  relation: record.draft.relation,
  insuredRegion: region(record.draft.insuredRegion),
  insuranceType: record.draft.insuranceType,
  profile: record.profile,
  destination: region(record.draft.destination),
  target: record.target,
  validFrom: record.facts.validFrom,
  validUntil: record.facts.validUntil,
  supplementDeadline: record.facts.outstandingMaterials.length > 0 ? record.facts.supplementDeadline : null,
  outstandingMaterials: outstandingLabels(record.facts),
  materials: record.materials,
  // The reminder to supplement stops being true once nothing is owed.
  notices:
    record.facts.outstandingMaterials.length > 0
      ? record.notices
      : record.notices.filter((notice) => notice.code !== 'SUPPLEMENT_DUE'),
  review: record.review,
  // Nothing sent yet: a filing still owing what makes it effective is registered once it is.
  registration: record.registration ?? { status: 'pending' },
  history: shownHistory(record.history),
  createdAt: record.createdAt,
  version: record.version,
})
