import { fail, mapOk, ok, type Result } from '@shared/result'
import { type ExistingFiling, existingFilings } from '@shared/rules/filing-overlap'
import {
  type CoverageHospital,
  type HospitalCoverage,
  hospitalCoverage,
} from '@shared/rules/hospital-coverage'
import { quoteFiling } from '@shared/rules/quote'
import type { FilingQuote } from '@shared/rules/quote.types'
import { outstandingLabels } from '@shared/rules/submission'
import type { FilingDraft, FilingEvent } from '@shared/schemas/filing.schema'
import type { FilingView, OwnFilingSummary } from '@shared/schemas/responses.schema'
import type { Call } from '../call'
import { directoryRow } from '../hospitals/hospitals'
import { recordsForMe } from '../identity/records-for-me'
import { sealInsured } from '../seal-insured'
import { readableFiling } from './filing-access'
import { filingSummary } from './filing-summary'
import { filingView } from './filing-view'
import { heldFilings } from './held-filings'

/**
 * What the draft would become, for the confirmation card, with the person's filings it would overlap
 * (an identical one is refused at submit). Writes nothing.
 */
export const quote = async (
  call: Call,
  draft: FilingDraft,
): Promise<Result<FilingQuote & { existing: ExistingFiling[] }>> => {
  const quoted = quoteFiling(draft, call.today)
  if (!quoted.ok) return quoted
  const held = await heldFilings(call, sealInsured(call, draft.insured).idHash)
  const { filingType, target, validFrom, validUntil } = quoted.value
  const existing = existingFilings(
    { filingType, targetCode: target.code, validFrom, validUntil },
    held,
    call.today,
  )
  return ok({ ...quoted.value, existing })
}

/** The caller's own filings and those made in their verified name, newest first: summaries, details on open. */
export const listFilings = async (call: Call): Promise<Result<{ items: OwnFilingSummary[] }>> => {
  const { filings } = call.ports
  const records = await recordsForMe(
    call,
    filings.listByOwner,
    filings.listByPerson,
    (record) => record.filingId,
  )
  return ok({
    items: records.map((record) => ({
      ...filingSummary(record, call.today),
      outstandingMaterials: outstandingLabels(record.facts),
      ...(record.filedByOther ? { filedByOther: true } : {}),
    })),
  })
}

export const getFiling = async (call: Call, filingId: string): Promise<Result<FilingView>> =>
  mapOk(await readableFiling(call, filingId), (record) => filingView(record, call.today))

/** The hospital asked about: a directory row by code (a code it does not hold is refused), or a typed name. */
const askedHospital = async (
  call: Call,
  asked: Extract<FilingEvent, { action: 'coverage' }>['hospital'],
): Promise<Result<CoverageHospital>> => {
  if ('name' in asked) return ok({ listed: false, name: asked.name })
  const row = await directoryRow(call, asked.code)
  return row
    ? ok({ listed: true, row })
    : fail({ code: 'NOT_FOUND', message: '定点医院名单中没有这家医院，请重新选择', path: 'hospital' })
}

/** 我的住院能直接结算吗 at one hospital: the filing's facts and the hospital's row, each reason with its source. */
export const filingCoverage = async (
  call: Call,
  question: Extract<FilingEvent, { action: 'coverage' }>,
): Promise<Result<HospitalCoverage>> => {
  const record = await readableFiling(call, question.filingId)
  if (!record.ok) return record
  const hospital = await askedHospital(call, question.hospital)
  if (!hospital.ok) return hospital
  const { facts, target, draft } = record.value
  return hospitalCoverage(
    { facts, target, insuredRegion: draft.insuredRegion },
    hospital.value,
    question.care,
    question.admissionDate,
    question.dischargeDate,
  )
}
