import { HOTLINE } from '@shared/contact'
import type { InsuranceType } from '@shared/policy/vocabulary'
import { regionLabel } from '@shared/regions/regions'
import { fail, ok, type Result } from '@shared/result'
import type { ResponseOf } from '@shared/schemas/responses.schema'
import type { Call } from '../call'
import { mayActFor, NOT_VERIFIED } from '../identity/acting-for'

type LookUp = ResponseOf<'filing.lookup'>

/**
 * Look-ups one caller may make in an hour: a person, or a family member filing for a few relatives, needs a
 * handful; more is someone probing whose ID numbers are insured and where they filed.
 */
export const LOOKUPS_PER_HOUR = 20

const region = (code: string) => ({ code, name: regionLabel(code) ?? code })

const tooMany = () =>
  fail<never>({
    code: 'RATE_LIMITED',
    message: `查询参保信息太频繁（每小时最多 ${LOOKUPS_PER_HOUR} 次），请一小时后再试；急事请拨打医保服务热线 ${HOTLINE}`,
  })

/** Whom to look up: the caller's verified identity, or a person who authorised the caller (never anyone else). */
const personToLookUp = async (
  call: Call,
  given: { name: string; idNumber: string } | undefined,
): Promise<Result<{ name: string; idNumber: string; idHash: string }>> => {
  if (given) {
    const idHash = call.ports.idNumbers.seal(given.idNumber).hash
    const capacity = await mayActFor(call, idHash, undefined, 'insured.idNumber')
    return capacity.ok ? ok({ ...given, idHash }) : capacity
  }
  const identity = await call.ports.identities.of(call.caller)
  if (!identity) return fail({ code: 'FORBIDDEN', message: NOT_VERIFIED })
  return ok({
    name: identity.person.name,
    idNumber: call.ports.idNumbers.open(identity.person.idNumberSealed),
    idHash: identity.person.idHash,
  })
}

/**
 * Before filing: what the 医保信息平台 knows of the person. A 备案 it holds is shown with its destination and
 * dates (so a second one is not made); our own filing's id only to the caller who made it.
 */
export const lookUpInsured = async (
  call: Call,
  given?: { name: string; idNumber: string },
): Promise<Result<LookUp>> => {
  const since = new Date(Date.parse(call.at) - 3600_000).toISOString()
  if ((await call.ports.lookUps.record(call.caller, call.at, since)) > LOOKUPS_PER_HOUR) return tooMany()
  const person = await personToLookUp(call, given)
  if (!person.ok) return person
  const { idHash, ...asked } = person.value
  const answer = await call.ports.insuranceCore.lookUp(asked, call.ports.ids.next('lk'))
  if (answer.outcome === 'unavailable')
    return ok({
      outcome: 'unavailable',
      filings: [],
      message: '暂时无法查询参保信息，可继续填写，提交后由经办机构核对',
    })
  if (answer.outcome === 'not_insured')
    return ok({
      outcome: 'not_insured',
      filings: [],
      message: `医保信息平台未查到该身份证号的参保信息，请核对姓名和身份证号；如确已参保，请拨打 ${HOTLINE} 咨询`,
    })
  const own = new Set(
    (await call.ports.filings.ownedForPerson(call.caller, idHash)).map((record) => record.filingId),
  )
  return ok({
    outcome: 'insured',
    ...(answer.insuredRegion ? { insuredRegion: region(answer.insuredRegion) } : {}),
    ...(answer.insuranceType ? { insuranceType: answer.insuranceType as InsuranceType } : {}),
    filings: answer.filings.map((filing) => ({
      number: filing.number,
      destination: region(filing.destination),
      ...(filing.filingType ? { filingType: filing.filingType } : {}),
      validFrom: filing.validFrom,
      validUntil: filing.validUntil,
      ...(filing.filingId && own.has(filing.filingId) ? { filingId: filing.filingId } : {}),
    })),
  })
}
