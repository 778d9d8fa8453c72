import { DRAFT_ID_PREFIX, FAQ_ENTRIES, faqHitOf } from '@shared/faq'
import type { FaqEntry } from '@shared/faq/faq.types'
import { fail, ok, type Result } from '@shared/result'
import type { FaqQuestionView } from '@shared/schemas/responses.schema'
import type { FaqAddition } from '../../ports/faq-additions'
import type { FaqQuestion } from '../../ports/faq-questions'
import type { Call } from '../call'
import { currentFaqAdditions } from '../faq/additions'
import { answerFaqQuestion } from './faq-questions'

/** The answer the asker reads in 消息: the entry's question, its answer for their 参保地, and where it comes from. */
const answerFrom = (entry: FaqEntry, question: FaqQuestion | undefined): string => {
  const hit = faqHitOf(entry, question?.insuredRegion)
  const basis = hit.sources.map((from) => `${from.doc} ${from.clause}`).join('；')
  return `${hit.question}\n${hit.answer}\n依据：${basis}`
}

/** Answers the open question (one staff member wins), then records what was added from it. */
const answerAndAdd = async (
  call: Call,
  questionId: string,
  entry: FaqEntry,
  addition: FaqAddition,
): Promise<Result<FaqQuestionView>> => {
  const open = (await call.ports.faqQuestions.open(1000)).find((question) => question.id === questionId)
  if (!open) return fail({ code: 'CONFLICT', message: '该提问不存在或已有人答复，请刷新列表' })
  const answered = await answerFaqQuestion(call, questionId, answerFrom(entry, open))
  if (!answered.ok) return answered
  await call.ports.faqAdditions.add(addition)
  return answered
}

/** The question's wording (`text`) finds `entryId` from now on, on the server and in the app once it starts again. */
export const aliasFaqQuestion = async (
  call: Call,
  event: { id: string; entryId: string; text: string },
): Promise<Result<FaqQuestionView>> => {
  const drafts = (await currentFaqAdditions(call.ports)).entries
  const entry = [...FAQ_ENTRIES, ...drafts].find((candidate) => candidate.id === event.entryId)
  if (!entry) return fail({ code: 'VALIDATION', message: '没有这条问答，请从列表中选择', path: 'entryId' })
  return answerAndAdd(call, event.id, entry, {
    id: call.ports.ids.next('fa'),
    questionId: event.id,
    by: call.caller,
    at: call.at,
    kind: 'alias',
    entryId: entry.id,
    text: event.text,
  })
}

/** A new entry with its source clause, searchable from now on; the question is answered with it. */
export const draftFaqEntry = async (
  call: Call,
  event: { id: string; question: string; answer: string; doc: string; clause: string },
): Promise<Result<FaqQuestionView & { entryId: string }>> => {
  const entry: FaqEntry = {
    // Lower-case letters and digits, as the corpus's ids: the feedback store keeps them.
    id: `${DRAFT_ID_PREFIX}${call.ports.ids.next('d').replace(/[^a-z0-9]/g, '')}`,
    question: event.question,
    keywords: [],
    answer: event.answer,
    sources: [{ doc: event.doc, clause: event.clause }],
  }
  const added = await answerAndAdd(call, event.id, entry, {
    id: call.ports.ids.next('fa'),
    questionId: event.id,
    by: call.caller,
    at: call.at,
    kind: 'entry',
    entry,
  })
  return added.ok ? ok({ ...added.value, entryId: entry.id }) : added
}
