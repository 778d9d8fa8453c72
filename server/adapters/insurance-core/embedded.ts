import { createHash } from 'node:crypto'
import { filingStatus } from '@shared/rules/filing-status'
import { todayInShanghai } from '@shared/time/calendar'
import type { Clock } from '../../ports/clock'
import type { Filings } from '../../ports/filings'
import type { IdNumbers } from '../../ports/id-numbers'
import type { InsuranceCore, PlatformFiling } from '../../ports/insurance-core'

/** A stable 20-character number per filing, so a repeated message gets the same one. */
export const embeddedNumber = (filingId: string) =>
  `YD${BigInt(`0x${createHash('sha256').update(filingId).digest('hex').slice(0, 16)}`)
    .toString()
    .padStart(18, '0')
    .slice(0, 18)}`

/**
 * This product as the system of record (`npm start`, an agency without a platform interface): a filing is
 * registered the moment the worker hands it over, and the insured look-up answers from the filings here. It
 * has no roster of insured people, so it knows everyone as insured and fills in only what earlier filings say.
 */
export const embeddedInsuranceCore = (deps: {
  filings: Pick<Filings, 'byPerson'>
  idNumbers: Pick<IdNumbers, 'seal'>
  clock: Clock
}): InsuranceCore => ({
  register: async (message) => ({
    outcome: 'accepted',
    number: message.registrationNumber ?? embeddedNumber(message.filingId),
    at: deps.clock.now().toISOString(),
  }),
  async lookUp(person) {
    const records = await deps.filings.byPerson(deps.idNumbers.seal(person.idNumber).hash)
    const today = todayInShanghai(deps.clock.now())
    const filings: PlatformFiling[] = records
      .filter((record) => record.registration?.status === 'registered' && record.registration.number)
      .filter((record) => ['effective', 'pending_supplement'].includes(filingStatus(record.facts, today)))
      .map((record) => ({
        number: record.registration!.number!,
        destination: record.draft.destination,
        filingType: record.draft.filingType,
        validFrom: record.facts.validFrom,
        validUntil: record.facts.validUntil,
        filingId: record.filingId,
      }))
    const newest = records[0]
    return {
      outcome: 'insured',
      ...(newest
        ? { insuredRegion: newest.draft.insuredRegion, insuranceType: newest.draft.insuranceType }
        : {}),
      filings,
    }
  },
  report: async () => ({ outcome: 'accepted', at: deps.clock.now().toISOString() }),
})
