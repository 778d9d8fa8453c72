import { fail } from '@shared/result'
import { parseInput } from '@shared/schemas/parse'
import { staffEventSchema } from '@shared/schemas/staff.schema'
import { callOf } from '../use-cases/call'
import { importHospitalCsv } from '../use-cases/hospitals/hospitals'
import { recordStaffAuthorisation } from '../use-cases/identity/authorisations'
import { aliasFaqQuestion, draftFaqEntry } from '../use-cases/staff/faq-additions'
import { answerFaqQuestion, faqQuestionQueue } from '../use-cases/staff/faq-questions'
import { faqWeeklyCounts } from '../use-cases/staff/faq-weekly'
import { filingForm } from '../use-cases/staff/filing-form'
import { noteRegistration, registrationQueue, retryRegistration } from '../use-cases/staff/registration-queue'
import { decide } from '../use-cases/staff/staff-decide'
import { staffQueue } from '../use-cases/staff/staff-queue'
import type { FunctionHandler } from './handler'

/** Staff only: the role is checked before the event is even parsed, so others learn nothing from errors. */
export const staffFunction: FunctionHandler = async (input, caller, ports) => {
  if (!(await ports.staff.includes(caller)))
    return fail({ code: 'FORBIDDEN', message: '仅限医保经办人员使用' })
  const parsed = parseInput(staffEventSchema, input)
  if (!parsed.ok) return parsed
  const event = parsed.value
  const call = callOf(caller, ports)
  switch (event.action) {
    case 'queue':
      return staffQueue(call, event.kind, {
        status: event.status,
        cursor: event.cursor,
        limit: event.limit,
        insuredRegion: event.insuredRegion,
        waitingDays: event.waitingDays,
      })
    case 'decide':
      return decide(call, event.kind, {
        id: event.id,
        decision: event.decision,
        note: event.note,
        version: event.version,
        approvedAmount: event.approvedAmount,
        paidAmount: event.paidAmount,
        paidAt: event.paidAt,
        reference: event.reference,
        lineNotes: event.lineNotes,
      })
    case 'form':
      return filingForm(call, event.filingId)
    case 'authorise':
      return recordStaffAuthorisation(call, event)
    case 'import_hospitals':
      return importHospitalCsv(ports.hospitals, event.csv)
    case 'faq_questions':
      return faqQuestionQueue(call)
    case 'faq_answer':
      return answerFaqQuestion(call, event.id, event.answer)
    case 'faq_alias':
      return aliasFaqQuestion(call, event)
    case 'faq_draft':
      return draftFaqEntry(call, event)
    case 'faq_weekly':
      return faqWeeklyCounts(call, event.weeks)
    case 'registrations':
      return registrationQueue(call)
    case 'retry_registration':
      return retryRegistration(call, event.msgid)
    case 'note_registration':
      return noteRegistration(call, event.msgid, event.note)
  }
}
