import { MATERIAL_LABELS } from '@shared/policy/materials'
import { PAYEE_KIND_LABELS } from '@shared/policy/payee'
import {
  CARE_TYPE_LABELS,
  FILING_TYPE_LABELS,
  HOSPITAL_LEVEL_LABELS,
  INSURANCE_TYPE_LABELS,
  REGISTRATION_STATUS_LABELS,
  REVIEW_STATE_LABELS,
} from '@shared/policy/vocabulary'
import { regionLabel } from '@shared/regions/regions'
import { validityPeriod } from '@shared/rules/filing-terms'
import { invoiceWords } from '@shared/schemas/invoice-check.schema'
import type { ClaimView, FilingView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import RecordRow from '../../../../components/record-row'
import MaterialView from '../../material-view'

const rowsOf = (item: ClaimView | FilingView): [string, string][] => {
  const person: [string, string] = ['参保人', `${item.insured.name}（${item.insured.idNumberMasked}）`]
  const insured: [string, string] = [
    '参保地',
    `${item.insuredRegion.name}，${INSURANCE_TYPE_LABELS[item.insuranceType]}`,
  ]
  if ('claimId' in item) {
    const level = item.hospital.level ? `，${HOSPITAL_LEVEL_LABELS[item.hospital.level]}` : ''
    return [
      person,
      insured,
      ['就医类型', CARE_TYPE_LABELS[item.careType]],
      [
        '医院',
        `${item.hospital.name}（${regionLabel(item.hospital.regionCode) ?? item.hospital.regionCode}${level}）`,
      ],
      ['日期', item.dischargeDate ? `${item.admissionDate} 至 ${item.dischargeDate}` : item.admissionDate],
      ['医疗费用总额', `${item.totalCost.toFixed(2)} 元`],
      ['备案', item.filingId ? `已备案（${item.filingId}）` : '未关联备案'],
      ['票据', item.invoices.length === 0 ? '未填写票据号码' : item.invoices.map(invoiceWords).join('；')],
      [
        '收款账户',
        item.payee
          ? `${PAYEE_KIND_LABELS[item.payee.kind]}，${item.payee.bankName} ${item.payee.accountMasked}（${item.payee.holder}）`
          : '尚未填写',
      ],
      ...(item.approval
        ? [['核定医保支付', `${item.approval.approvedAmount.toFixed(2)} 元`] as [string, string]]
        : []),
      ...(item.payment
        ? [
            [
              '已支付',
              `${item.payment.paidAmount.toFixed(2)} 元（${item.payment.paidAt}，流水号 ${item.payment.reference}）`,
            ] as [string, string],
          ]
        : []),
    ]
  }
  return [
    person,
    insured,
    ['备案类型', FILING_TYPE_LABELS[item.filingType]],
    ['备案到', item.target.name],
    ['有效期', validityPeriod(item)],
    ['补充材料审核', REVIEW_STATE_LABELS[item.review]],
    [
      '平台登记',
      [
        REGISTRATION_STATUS_LABELS[item.registration.status],
        item.registration.number && `登记号 ${item.registration.number}`,
        item.registration.reason,
      ]
        .filter(Boolean)
        .join('，'),
    ],
  ]
}

/** The facts of the item and every document it carries, each viewable. */
export default function RecordSummary({ item }: { item: ClaimView | FilingView }) {
  return (
    <>
      {'claimId' in item && item.flags && item.flags.length > 0 && (
        <View className="record-section staff-flags" ariaRole="note" ariaLabel="需留意">
          <Text className="record-section__title">需留意（{item.flags.length} 项）</Text>
          {item.flags.map((flag) => (
            <Text key={flag.text} className="staff-flags__text">
              {flag.text}
            </Text>
          ))}
        </View>
      )}
      <View className="record-section">
        <Text className="record-section__title">申请信息</Text>
        {rowsOf(item).map(([label, value]) => (
          <RecordRow key={label} label={label} value={value} />
        ))}
      </View>
      <View className="record-section">
        <Text className="record-section__title">材料（{item.materials.length} 份）</Text>
        {item.materials.length === 0 && <Text className="record-section__text">没有上传材料</Text>}
        {item.materials.map((material, index) => (
          <MaterialView
            key={material.fileID}
            fileID={material.fileID}
            label={MATERIAL_LABELS[material.kind]}
            position={index + 1}
          />
        ))}
      </View>
    </>
  )
}
