import type { NotificationKind } from './policy/vocabulary'

/**
 * Every page of the app by name: navigation and notification deep links use these, and a test holds the
 * table to app.config.ts. Subpackage pages live under packages/<name>/.
 */
export const ROUTES = {
  home: 'pages/index/index',
  filing: 'pages/filing/index',
  filings: 'pages/filings/index',
  filingDetail: 'pages/filings/detail/index',
  filingCertificate: 'pages/filings/certificate/index',
  messages: 'pages/messages/index',
  faq: 'packages/faq/pages/index',
  privacy: 'packages/privacy/pages/index',
  myData: 'packages/privacy/pages/my-data/index',
  signIn: 'packages/dev/pages/sign-in/index',
  verify: 'packages/identity/pages/verify/index',
  family: 'packages/identity/pages/family/index',
  familyInvite: 'packages/identity/pages/invite/index',
  familyAccept: 'packages/identity/pages/accept/index',
  claims: 'packages/claim/pages/index/index',
  claimNew: 'packages/claim/pages/new/index',
  claimDetail: 'packages/claim/pages/detail/index',
  staffQueue: 'packages/staff/pages/queue/index',
  staffReview: 'packages/staff/pages/review/index',
  staffForm: 'packages/staff/pages/form/index',
  traumaCommitment: 'packages/commitment/pages/trauma/index',
  hospitals: 'packages/hospitals/pages/index',
} as const

export type Route = keyof typeof ROUTES

/** The page a message opens, with its record as `?id=` (the app's list and WeChat's subscription link). */
export const NOTIFICATION_ROUTES: Record<NotificationKind, Route> = {
  filing_status: 'filingDetail',
  supplement_deadline: 'filingDetail',
  claim_status: 'claimDetail',
  identity: 'verify',
  faq_answer: 'faq',
}

/** '/pages/filings/detail/index?id=fl_…' */
export const urlOf = (route: Route, query: Record<string, string> = {}): string => {
  const search = Object.entries(query)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&')
  return `/${ROUTES[route]}${search ? `?${search}` : ''}`
}
