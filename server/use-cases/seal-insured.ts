import { maskIdNumber } from '@shared/identity/id-number'
import type { InsuredPerson } from '@shared/schemas/filing.schema'
import type { InsuredRecord } from '../ports/insured-record'
import type { Call } from './call'

/** From here on the full ID number exists only sealed; every view shows the masked one. */
export const sealInsured = (call: Call, insured: InsuredPerson): InsuredRecord => {
  const sealed = call.ports.idNumbers.seal(insured.idNumber)
  return {
    name: insured.name,
    phone: insured.phone,
    idNumberSealed: sealed.sealed,
    idHash: sealed.hash,
    idNumberMasked: maskIdNumber(insured.idNumber),
  }
}
