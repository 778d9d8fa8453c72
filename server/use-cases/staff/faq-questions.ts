import { nearestFaqEntries } from '@shared/faq'
import { fail, ok, type Result } from '@shared/result'
import type { FaqQuestionView } from '@shared/schemas/responses.schema'
import type { FaqQuestion } from '../../ports/faq-questions'
import type { Call } from '../call'
import { currentFaqAdditions } from '../faq/additions'
import { notification } from '../notification'

const QUEUE_LIMIT = 200
/** The entries offered as what a question may be another wording of. */
const CANDIDATES = 3

/** What staff see: the question, the search tried and the 参保地, never who asked. */
const view = ({ asker, answeredBy, ...question }: FaqQuestion): FaqQuestionView => question

/** Oldest first, each with the entries the search finds closest to it (by the question, else the search tried). */
export const faqQuestionQueue = async (call: Call): Promise<Result<{ items: FaqQuestionView[] }>> => {
  const additions = await currentFaqAdditions(call.ports)
  const closest = (text: string) =>
    nearestFaqEntries(text, CANDIDATES, additions).map(({ id, question }) => ({ id, question }))
  return ok({
    items: (await call.ports.faqQuestions.open(QUEUE_LIMIT)).map((question) => {
      const candidates = closest(question.question)
      return {
        ...view(question),
        candidates: candidates.length > 0 || !question.q ? candidates : closest(question.q),
      }
    }),
  })
}

/** The answer goes to the asker's 消息 (and as a subscription message where they allowed one). */
export const answerFaqQuestion = async (
  call: Call,
  id: string,
  text: string,
): Promise<Result<FaqQuestionView>> => {
  const answered = await call.ports.faqQuestions.answer(
    id,
    { text, by: call.caller, at: call.at },
    (question) =>
      notification(call, question.asker, 'faq_answer', {
        recordId: question.id,
        title: '您向医保经办机构的提问已答复',
        status: 'answered',
        note: text,
      }),
  )
  if (!answered) return fail({ code: 'CONFLICT', message: '该提问不存在或已有人答复，请刷新列表' })
  return ok(view(answered))
}
