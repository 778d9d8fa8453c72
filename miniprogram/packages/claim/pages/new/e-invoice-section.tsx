import { parseEInvoiceQr } from '@shared/invoices/e-invoice-qr'
import type { IsoDate } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import DateField from '../../../../components/date-field'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'
import { canScanCodes, scanCode } from '../../../../services/scan-code'
import { type EInvoiceForm, eInvoiceIndex, emptyEInvoice } from './claim-form'
import type { SectionProps } from './section-props'

/**
 * 医疗收费电子票据: typed from the invoice, or read from its QR code in the mini-program. Each is checked with
 * the agency's verification service when the claim is sent; the result shows on the claim.
 */
export default function EInvoiceSection({ form, errors, change, today }: SectionProps & { today: IsoDate }) {
  const [scanProblem, setScanProblem] = useState<string>()
  const [scanned, setScanned] = useState<string>()
  const invoices = form.eInvoices ?? []
  const set = (index: number, patch: Partial<EInvoiceForm>) =>
    change((current) => ({
      eInvoices: (current.eInvoices ?? []).map((item, at) => (at === index ? { ...item, ...patch } : item)),
    }))
  const scan = async () => {
    setScanProblem(undefined)
    setScanned(undefined)
    const text = await scanCode()
    if (text === undefined) return
    const fields = parseEInvoiceQr(text)
    if (!fields) return setScanProblem('没能读出这张票据的二维码，请对照票据手动填写票据代码、号码和校验码')
    change((current) => ({ eInvoices: [...(current.eInvoices ?? []), { ...emptyEInvoice(), ...fields }] }))
    setScanned(
      `已从二维码读出：票据代码 ${fields.code}，号码 ${fields.number}${fields.amount ? `，金额 ${fields.amount} 元` : ''}。请与票据核对，缺的项目请补填`,
    )
  }
  return (
    <View className="record-section">
      <Text className="record-section__title">电子票据（医疗收费电子票据）</Text>
      <Text className="record-section__hint">
        有电子票据的，填写票据上的代码、号码和校验码，提交时向票据查验服务核对。
      </Text>
      {invoices.map((invoice, index) => {
        const at = eInvoiceIndex(form, index)
        const error = (field: string) => errors[`invoices.${at}.${field}`]
        const name = (field: string) => `eInvoices.${index}.${field}`
        return (
          <View
            key={name('card')}
            className="record-section__group"
            ariaRole="group"
            ariaLabel={`电子票据 ${index + 1}`}
          >
            <Text className="record-section__text">电子票据 {index + 1}</Text>
            <TextField
              label="票据代码"
              name={name('code')}
              type="account"
              maxlength={8}
              value={invoice.code}
              onChange={(code) => set(index, { code })}
              hint="8 位数字"
              error={error('code')}
            />
            <TextField
              label="票据号码"
              name={name('number')}
              type="account"
              maxlength={10}
              value={invoice.number}
              onChange={(number) => set(index, { number })}
              hint="10 位数字"
              error={error('number')}
            />
            <TextField
              label="校验码"
              name={name('checkCode')}
              maxlength={6}
              value={invoice.checkCode}
              onChange={(checkCode) => set(index, { checkCode })}
              hint="6 位数字或字母"
              error={error('checkCode')}
            />
            <DateField
              label="开票日期"
              name={name('issuedOn')}
              value={invoice.issuedOn}
              onChange={(issuedOn) => set(index, { issuedOn })}
              max={today}
              error={error('issuedOn')}
            />
            <TextField
              label="票据金额（元）"
              name={name('amount')}
              type="digit"
              maxlength={12}
              value={invoice.amount ?? ''}
              onChange={(amount) => set(index, { amount })}
              error={error('amount')}
            />
            <Tap
              kind="plain"
              label={`删除电子票据 ${index + 1}`}
              onTap={() =>
                change((current) => ({
                  eInvoices: (current.eInvoices ?? []).filter((_item, i) => i !== index),
                }))
              }
            >
              删除这张票据
            </Tap>
          </View>
        )
      })}
      {canScanCodes && (
        <Tap kind="secondary" onTap={() => void scan()}>
          扫描票据二维码
        </Tap>
      )}
      {scanned && (
        <View ariaRole="status">
          <Text className="record-section__hint">{scanned}</Text>
        </View>
      )}
      {scanProblem && (
        <View ariaRole="alert">
          <Text className="record-section__hint">{scanProblem}</Text>
        </View>
      )}
      <Tap
        kind="secondary"
        onTap={() => change((current) => ({ eInvoices: [...(current.eInvoices ?? []), emptyEInvoice()] }))}
      >
        {invoices.length === 0 ? '填写电子票据' : '再填一张电子票据'}
      </Tap>
    </View>
  )
}
