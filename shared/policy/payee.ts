/** Where the fund pays a manual reimbursement: the person's social-security card's bank account or a bank card. */
export const PAYEE_KINDS = ['social_security_card', 'bank_card'] as const
export type PayeeKind = (typeof PAYEE_KINDS)[number]
export const PAYEE_KIND_LABELS: Record<PayeeKind, string> = {
  social_security_card: '社会保障卡金融账户',
  bank_card: '本人银行卡',
}

/** An account shown after submit: the last four digits only. */
export const maskAccount = (account: string) => `**** **** ${account.slice(-4)}`
