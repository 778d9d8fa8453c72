import { regionLabel } from '@shared/regions/regions'
import { fail, ok, type Result } from '@shared/result'
import { startOfShanghaiDay } from '@shared/time/calendar'
import type { FaqQuestion } from '../../ports/faq-questions'
import type { Call } from '../call'

/** Questions one person may send the agency in a Shanghai day: enough for real doubts, not for flooding the queue. */
export const FAQ_QUESTIONS_PER_DAY = 5

/** Sent only by a signed-in person: the answer comes back to their 消息. */
export const askAgency = async (
  call: Call,
  asked: { question: string; insuredRegion: string; q?: string },
): Promise<Result<{ id: string; status: FaqQuestion['status'] }>> => {
  if (!regionLabel(asked.insuredRegion))
    return fail({ code: 'VALIDATION', message: '参保地不正确，请重新选择', path: 'insuredRegion' })
  const sent = await call.ports.faqQuestions.countSince(call.caller, startOfShanghaiDay(call.today))
  if (sent >= FAQ_QUESTIONS_PER_DAY)
    return fail({
      code: 'RATE_LIMITED',
      message: `每人每天最多提问 ${FAQ_QUESTIONS_PER_DAY} 次，请明天再提问，急事请拨打医保服务热线`,
    })
  const question: FaqQuestion = {
    id: call.ports.ids.next('fq'),
    asker: call.caller,
    question: asked.question,
    ...(asked.q ? { q: asked.q } : {}),
    insuredRegion: asked.insuredRegion,
    status: 'open',
    askedAt: call.at,
  }
  await call.ports.faqQuestions.add(question)
  return ok({ id: question.id, status: question.status })
}
