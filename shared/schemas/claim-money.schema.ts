/** The money fields of a claim: the payee account, invoices, and the amounts staff approve and pay. */
import '../zod-jitless'
import { z } from 'zod'
import { PAYEE_KINDS } from '../policy/payee'
import { yuanProblem } from '../rules/claim-amounts'
import { choice, isoDate, requiredText } from './fields'

/** Yuan to the fen, positive and bounded; the refusal names the field. */
export const yuan = (label: string, max = 10_000_000) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}须为数字`) })
    .superRefine((value, context) => {
      const problem = yuanProblem(label, value, max)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    })

export const payeeSchema = z.object(
  {
    kind: choice('收款账户类型', PAYEE_KINDS),
    bankName: requiredText('开户银行', 40),
    accountNumber: z
      .string({ error: '请填写收款账号' })
      .transform((value) => value.replace(/\s+/g, ''))
      .pipe(
        z
          .string()
          .min(1, { error: '请填写收款账号' })
          .regex(/^\d{12,30}$/, { error: '收款账号应为 12 至 30 位数字' }),
      ),
  },
  { error: '请填写收款账户' },
)
export type Payee = z.infer<typeof payeeSchema>

export const paperInvoiceSchema = z.object({
  kind: z.literal('paper'),
  number: z
    .string({ error: '请填写票据号码' })
    .trim()
    .regex(/^[A-Za-z0-9-]{4,30}$/, { error: '票据号码应为 4 至 30 位数字或字母' })
    .transform((value) => value.toUpperCase()),
})

/** 医疗收费电子票据: code and number identify it, the check code and date let it be verified. */
export const electronicInvoiceSchema = z.object({
  kind: z.literal('electronic'),
  code: z
    .string({ error: '请填写票据代码' })
    .trim()
    .regex(/^\d{8}$/, { error: '票据代码应为 8 位数字' }),
  number: z
    .string({ error: '请填写票据号码' })
    .trim()
    .regex(/^\d{10}$/, { error: '票据号码应为 10 位数字' }),
  checkCode: z
    .string({ error: '请填写校验码' })
    .trim()
    .regex(/^[A-Za-z0-9]{6}$/, { error: '校验码应为 6 位数字或字母' }),
  issuedOn: isoDate('开票日期'),
  amount: yuan('票据金额'),
})

export const invoiceSchema = z.discriminatedUnion('kind', [paperInvoiceSchema, electronicInvoiceSchema], {
  error: '请选择票据类型（纸质或电子票据）',
})
export type Invoice = z.infer<typeof invoiceSchema>

/** What makes an invoice the same invoice, whoever attaches it: a paper number, or an e-invoice's code + number. */
export const invoiceKey = (invoice: Invoice) =>
  invoice.kind === 'paper' ? `paper:${invoice.number}` : `e:${invoice.code}:${invoice.number}`

export const invoicesField = z.array(invoiceSchema).max(50, { error: '一次最多填写 50 张票据' })
