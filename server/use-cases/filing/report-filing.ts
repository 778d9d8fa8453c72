import { fail, mapOk, ok, type Result } from '@shared/result'
import type { FilingView } from '@shared/schemas/responses.schema'
import type { FilingRecord } from '../../ports/filings'
import type { Call } from '../call'
import { notFound, withHistory } from '../record-access'
import { changeFiling } from './filing-access'
import { filingView } from './filing-view'

/** Only the verified insured person may report a filing in their name; anyone else is told it does not exist. */
const filingOfMine = async (call: Call, filingId: string): Promise<Result<FilingRecord>> => {
  const [record, identity] = await Promise.all([
    call.ports.filings.get(filingId),
    call.ports.identities.of(call.caller),
  ])
  return record && identity && identity.person.idHash === record.insured.idHash
    ? ok(record)
    : notFound('备案')
}

/** "This was not me": the filing goes to the staff queue, where staff may void it (作废). */
export const reportFiling = async (
  call: Call,
  filingId: string,
  note: string,
): Promise<Result<FilingView>> => {
  const changed = await changeFiling(
    call,
    () => filingOfMine(call, filingId),
    (record) =>
      record.reported
        ? fail({ code: 'CONFLICT', message: '您已报告过该备案，请等待经办人员处理' })
        : ok(
            withHistory(
              { ...record, reported: { at: call.at, note } },
              { at: call.at, action: 'report', by: 'insured', note },
            ),
          ),
  )
  if (changed.ok)
    await call.ports.audit.append({
      at: call.at,
      actor: call.caller,
      action: 'report',
      recordKind: 'filing',
      recordId: filingId,
      note,
    })
  return mapOk(changed, (record) => filingView(record, call.today))
}
