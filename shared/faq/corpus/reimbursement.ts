import type { FaqEntry } from '../faq.types'
import { ganzhou, hrss, hubei, jining, national, service } from './cite'

/** Manual (零星) reimbursement: when, what to bring, where and online. */
export const REIMBURSEMENT_ENTRIES: FaqEntry[] = [
  {
    id: 'manual-when',
    question: '什么情况需要手工报销？',
    keywords: [
      '手工报销',
      '零星报销',
      '什么情况',
      '哪些情况',
      '不能直接结算',
      '回去报',
      '手工报的情况',
      '不能刷卡',
    ],
    answer:
      '主要三种：出院时已自费结算、事后补办备案的；已备案但因特殊情况没能直接结算的；没有备案在外地就医的。向参保地经办机构申请，按参保地规定审核报销。',
    sources: [hubei('二(二)'), ganzhou('三(二)'), national('二(四)')],
  },
  {
    id: 'manual-materials',
    question: '零星报销要准备什么材料？',
    keywords: ['报销材料', '手工报销材料', '发票', '明细', '出院记录', '申请表', '报账材料', '单据'],
    answer:
      '一般需要报销申请表、发票原件和费用明细清单，住院的附出院记录，急诊的附急诊记录。具体清单以参保地为准；济宁正推进电子票据线上报销。',
    sources: [ganzhou('三(三)'), jining('七')],
    variants: {
      'ganzhou-2019': {
        answer:
          '赣州填写《江西省医疗保险医药费用零星报销申请表》，提供发票原件和费用明细清单，住院附出院记录，院前急诊附住院前急诊记录和急诊后出院记录，向参保地经办机构或其授权定点机构申报。',
        sources: [ganzhou('三(三)')],
      },
    },
  },
  {
    id: 'manual-online',
    question: '手工报销能在网上办吗？',
    keywords: ['网上报销', '线上报销', '手机报销', '上传', '不用跑', '零跑腿', '在线报销', '不用跑腿报销'],
    answer:
      '可以在本程序线上申请：按清单上传材料，提交后查看审核进度。济宁参保人可在“济宁医保”小程序“异地就医手工报销申报”模块全流程线上办理。',
    sources: [jining('七'), service('手工报销')],
    variants: {
      'jining-2023': {
        answer:
          '济宁自费结算后按规定补办备案的，可通过“济宁医保”小程序“异地就医手工报销申报”模块线上申请、上传材料、审核报销，全流程线上办理。',
        sources: [jining('七')],
      },
    },
  },
  {
    id: 'manual-where',
    question: '手工报销的材料交到哪里？',
    keywords: ['交到哪', '去哪报销', '报销地点', '经办机构', '社保局', '医保局', '在哪报销', '报销窗口'],
    answer:
      '向参保地医保经办机构或其授权的定点机构申报；济宁还可以在医疗机构和镇街医保服务站一站式受理。也可以在本程序线上提交。',
    sources: [ganzhou('三(三)'), jining('二'), service('手工报销')],
  },
  {
    id: 'e-invoice',
    question: '电子发票能用来报销吗？',
    keywords: ['电子发票', '电子票据', '纸质发票', '票据', '电子的发票'],
    answer:
      '济宁正推进医疗收费电子票据在医保领域的应用，逐步实现依托电子票据的线上手工报销。其他地区是否接受电子票据，以参保地规定为准。',
    sources: [jining('七')],
  },
  {
    id: 'manual-progress',
    question: '报销申请交上去了，怎么看进度？',
    keywords: ['进度', '到哪一步', '审核', '到账', '状态', '报销进度', '钱到了没'],
    answer:
      '在本程序“我的报销”中查看：已提交、审核中、需补充、已通过、已驳回、已支付。需要补充材料时会通知您，按提示上传即可。',
    sources: [service('我的报销')],
  },
  {
    id: 'reimbursement-duration',
    question: '手工报销多久能到账？',
    keywords: ['多久到账', '到账时间', '几天到账', '报销时限', '审核多久', '什么时候到账', '等多久'],
    // The notices set no deadline for paying a person back (赣州 四 and 粤 二 time the funds between agencies).
    answer:
      '通知没有规定手工报销多久到账，由参保地经办机构按本地规定审核支付。提交后可在本程序“我的报销”查看进度；具体时限请咨询参保地医保经办机构或拨打12393。',
    sources: [hubei('二(二)'), service('我的报销'), service('热线')],
  },
  {
    id: 'manual-need-filing',
    question: '手工报销前要先补办备案吗？',
    keywords: ['先补备案', '补办备案再报销', '没备案报销', '补了备案', '没备案能报销吗'],
    answer:
      '建议先按规定补办备案：自费结算后补办备案的，可按参保地规定申请手工报销。赣州已备案的按异地就医比例报销，未备案的比例下调10%（急诊除外）。',
    sources: [hubei('二(二)'), jining('七'), ganzhou('三(二)')],
  },
  {
    id: 'invoice-lost',
    question: '报销的发票丢了怎么办？',
    keywords: ['发票丢了', '发票遗失', '丢失', '弄丢', '补开发票', '找不到发票', '发票原件', '复印件'],
    answer:
      '通知没有规定发票丢失后怎么报销。赣州的手工报销须提供发票原件，其他地区以参保地的材料清单为准。能否补开或用其他凭证代替，请咨询参保地医保经办机构或拨打12393。',
    sources: [ganzhou('三(三)'), service('热线')],
  },
  {
    id: 'invoice-check',
    question: '报销会核查发票真假吗？',
    keywords: ['核查', '发票真假', '骗保', '伪造', '假发票', '查发票'],
    answer:
      '会。就医地经办机构协助参保地核查医疗票据，保证费用真实，防范和打击伪造医疗票据和文书等欺诈骗保行为。请提交真实、完整的材料。',
    sources: [hrss('五')],
  },
]
