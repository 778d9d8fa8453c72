import type { NotificationKind } from '@shared/policy/vocabulary'

/**
 * The subscription-message template ids the deploying agency chose in its mini-program's admin, given to the
 * build as the same variables the cloud functions send with (TEMPLATE_FILING_STATUS,
 * TEMPLATE_SUPPLEMENT_DEADLINE, TEMPLATE_CLAIM_STATUS, TEMPLATE_FAQ_ANSWER; config/index.ts). Unset: the app asks for nothing.
 */
export const SUBSCRIPTION_TEMPLATES: Partial<Record<NotificationKind, string>> = {
  filing_status: process.env.TEMPLATE_FILING_STATUS || undefined,
  supplement_deadline: process.env.TEMPLATE_SUPPLEMENT_DEADLINE || undefined,
  claim_status: process.env.TEMPLATE_CLAIM_STATUS || undefined,
  faq_answer: process.env.TEMPLATE_FAQ_ANSWER || undefined,
}
