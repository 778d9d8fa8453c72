import type { NotificationKind } from '@shared/policy/vocabulary'

/**
 * The subscription-message template ids the deploying agency chose in its mini-program's console: the same
 * ids the cloud functions send with (TEMPLATE_FILING_STATUS, TEMPLATE_SUPPLEMENT_DEADLINE,
 * TEMPLATE_CLAIM_STATUS in cloudbaserc.json). Empty until configured: the app then asks for nothing.
 */
export const SUBSCRIPTION_TEMPLATES: Partial<Record<NotificationKind, string>> = {}
