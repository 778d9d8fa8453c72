import { regionLabel } from '@shared/regions/regions'
import { filingStatus } from '@shared/rules/filing-status'
import type { FilingSummary } from '@shared/schemas/responses.schema'
import type { IsoDate } from '@shared/time/calendar'
import type { FilingRecord } from '../../ports/filings'

/** A filing in a list: the status computed for today, the ID number masked, the materials only counted. */
export const filingSummary = (record: FilingRecord, today: IsoDate): FilingSummary => ({
  filingId: record.filingId,
  status: filingStatus(record.facts, today),
  filingType: record.draft.filingType,
  insured: { name: record.insured.name, idNumberMasked: record.insured.idNumberMasked },
  relation: record.draft.relation,
  insuredRegion: {
    code: record.draft.insuredRegion,
    name: regionLabel(record.draft.insuredRegion) ?? record.draft.insuredRegion,
  },
  target: record.target,
  validFrom: record.facts.validFrom,
  validUntil: record.facts.validUntil,
  supplementDeadline: record.facts.outstandingMaterials.length > 0 ? record.facts.supplementDeadline : null,
  review: record.review,
  createdAt: record.createdAt,
  version: record.version,
  materialCount: record.materials.length,
})
