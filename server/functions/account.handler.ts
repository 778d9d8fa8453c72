import { ok } from '@shared/result'
import { accountEventSchema } from '@shared/schemas/account.schema'
import { parseInput } from '@shared/schemas/parse'
import type { FunctionHandler } from './handler'

/** What the app needs to know of its caller: where it may upload, and whether to offer the staff pages. */
export const accountFunction: FunctionHandler = async (input, caller, ports) => {
  const parsed = parseInput(accountEventSchema, input)
  if (!parsed.ok) return parsed
  switch (parsed.value.action) {
    case 'whoami':
      return ok({ uploadPrefix: `uploads/${caller}/`, staff: await ports.staff.includes(caller) })
  }
}
