import { HOTLINE } from '@shared/contact'
import type { InsuranceType } from '@shared/policy/vocabulary'
import { regionLabel } from '@shared/regions/regions'
import { ok, type Result } from '@shared/result'
import type { ResponseOf } from '@shared/schemas/responses.schema'
import type { Call } from '../call'

type LookUp = ResponseOf<'filing.lookup'>

const region = (code: string) => ({ code, name: regionLabel(code) ?? code })

/**
 * Before filing: what the 医保信息平台 knows of the person. A 备案 it holds is shown with its destination and
 * dates (so a second one is not made); our own filing's id only to the caller who made it.
 */
export const lookUpInsured = async (
  call: Call,
  person: { name: string; idNumber: string },
): Promise<Result<LookUp>> => {
  const answer = await call.ports.insuranceCore.lookUp(person, call.ports.ids.next('lk'))
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
  const idHash = call.ports.idNumbers.seal(person.idNumber).hash
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
