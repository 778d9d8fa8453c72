export interface FaqFeedbackEntry {
  id: string
  helpful: boolean
  q?: string
  caller: string
  at: string
}

export interface FaqFeedback {
  add(entry: FaqFeedbackEntry): Promise<void>
}
