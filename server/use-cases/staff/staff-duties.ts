import type { Result } from '@shared/result'
import { fail } from '@shared/result'
import type { Call } from '../call'
import { isAuthorisedFor } from '../identity/acting-for'

/** No one decides on their own matter: as its applicant, its insured person or someone they authorised. */
export const withoutConflict = async <R extends { owner: string; insured: { idHash: string } }>(
  call: Call,
  loaded: Result<R>,
): Promise<Result<R>> => {
  if (!loaded.ok) return loaded
  const record = loaded.value
  const identity = await call.ports.identities.of(call.caller)
  if (
    record.owner === call.caller ||
    identity?.person.idHash === record.insured.idHash ||
    (await isAuthorisedFor(call, record.insured.idHash))
  )
    return fail({
      code: 'FORBIDDEN',
      message: '您是该事项的申请人、参保人或代办人，不能审核本事项，请由其他经办人员办理',
    })
  return loaded
}

export const staffEntry = (call: Call, action: string, note?: string) => ({
  at: call.at,
  action,
  by: 'staff',
  staffId: call.caller,
  ...(note ? { note } : {}),
})
