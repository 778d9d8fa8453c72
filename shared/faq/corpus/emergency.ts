import type { FaqEntry } from '../faq.types'
import { ganzhou, hrss, jining, national, service } from './cite'

/** Emergencies, trauma without a third party, and care outside the admitting hospital. */
export const EMERGENCY_ENTRIES: FaqEntry[] = [
  {
    id: 'emergency-no-filing',
    question: '在外地急诊抢救，没来得及备案能报吗？',
    keywords: [
      '急诊没备案',
      '抢救',
      '急救',
      '突发',
      '急病',
      '视同备案',
      '突然生病',
      '送医院',
      '来不及备案',
      '急诊能报吗',
    ],
    answer:
      '能。因急诊抢救在外地就医、没有办理备案的，视同已备案，按“临时外出就医人员”待遇直接结算相关门诊、住院费用。',
    sources: [national('三(一)'), jining('五(一)')],
    variants: {
      'ganzhou-2019': {
        answer:
          '能。急诊抢救未备案的视同已备案。赣州设有异地急诊备案，急诊先入院的按实际入院时间补办，之后在联网医院刷卡结算；未备案申请手工报销的，异地急诊不下调报销比例。',
        sources: [national('三(一)'), ganzhou('四'), ganzhou('三(二)')],
      },
      'guangdong-2015': {
        answer:
          '急诊抢救未备案的视同已备案，可按临时外出就医待遇直接结算。未能直接结算的，异地急诊费用原则上回参保地按规定报销，需要核查时由就医地经办机构协助。',
        sources: [national('三(一)'), hrss('五')],
      },
    },
  },
  {
    id: 'emergency-ratio',
    question: '急诊抢救的报销比例会降低吗？',
    keywords: ['急诊比例', '急诊降低', '急诊少报', '急诊打折', '急诊报销比例', '急诊待遇'],
    answer:
      '急诊抢救视同已备案，按临时外出就医人员标准结算，全国规定急诊抢救的支付比例较本地最多降低10个百分点。赣州未备案手工报销的比例下调10%，但异地急诊除外。具体数值以参保地公布为准。',
    sources: [national('二(六)'), national('三(一)'), ganzhou('三(二)')],
  },
  {
    id: 'emergency-after-admission',
    question: '急诊先住进医院了，之后怎么补备案？',
    keywords: ['急诊住院', '急诊补备案', '急诊入院', '先入院', '急诊住进去', '急诊后补办'],
    answer:
      '急诊抢救视同已备案，最好在出院结算前补办备案，出院前完成备案的可以直接结算。赣州对因急诊先入院后备案的按实际入院时间办理，可委托家人到授权定点医院申报。',
    sources: [national('三(一)'), national('二(四)'), ganzhou('四'), ganzhou('一(三)')],
  },
  {
    id: 'emergency-claim-materials',
    question: '急诊费用手工报销要什么材料？',
    keywords: ['急诊报销材料', '急诊记录', '抢救记录', '院前急诊', '急诊病历', '抢救报销材料', '急诊发票'],
    answer:
      '一般要报销申请表、发票原件、费用明细清单和急诊记录，各地清单以参保地为准。赣州规定院前急诊费用报销要附住院前急诊记录和急诊后出院记录。',
    sources: [ganzhou('三(三)'), hrss('五')],
    variants: {
      'ganzhou-2019': {
        answer:
          '赣州需要《江西省医疗保险医药费用零星报销申请表》、发票原件、费用明细清单，以及住院前急诊记录和急诊后出院记录，向参保地经办机构或其授权定点机构申报。',
        sources: [ganzhou('三(三)')],
      },
    },
  },
  {
    id: 'emergency-manual',
    question: '急诊费用没能直接结算，怎么报？',
    keywords: [
      '急诊自费',
      '急诊回去报',
      '急诊手工报销',
      '急诊垫付',
      '急诊未直接结算',
      '急诊回来报',
      '抢救费用报销',
    ],
    answer:
      '可以回参保地申请手工报销。人社部规定异地急诊费用原则上在参保地按规定报销，需要核查的由就医地经办机构协助；赣州未备案的急诊手工报销不下调比例。',
    sources: [hrss('五'), ganzhou('三(二)')],
  },
  {
    id: 'trauma-no-third-party',
    question: '在外地摔伤了，医保能直接结算吗？',
    keywords: [
      '外伤',
      '摔伤',
      '受伤',
      '骨折',
      '无第三方',
      '外伤承诺书',
      '自己摔的',
      '意外受伤',
      '没有责任人',
    ],
    // Only 济宁's notice among the texts held states this; elsewhere the letter is not offered (profile.traumaCommitment).
    answer:
      '要看参保地规定。济宁规定：无第三方责任的外伤，本人主诉并填写《外伤无第三方责任承诺书》后，定点医院可以办理异地就医直接结算，费用须符合就医地医保支付范围。其他地区请先问就诊医院医保办或参保地医保经办机构。',
    sources: [jining('五(二)')],
    variants: {
      'jining-2023': {
        answer:
          '能。无第三方责任的外伤，本人主诉并填写《外伤无第三方责任承诺书》后，定点医院可以办理异地就医直接结算，费用须符合就医地医保支付范围。可在本程序首页“外伤承诺书”填写并签名，就诊时向医院医保办出示。',
        sources: [jining('五(二)')],
      },
    },
  },
  {
    id: 'trauma-third-party',
    question: '被车撞了或被人打伤，医保能直接结算吗？',
    keywords: ['车祸', '交通事故', '被打', '打架', '第三方责任', '有人负责', '别人撞的', '有责任人'],
    answer:
      '《外伤无第三方责任承诺书》只适用于无第三方责任的外伤，有第三方责任的不能按这一方式直接结算。此类费用怎么处理，请咨询参保地医保经办机构或拨打12393。',
    sources: [jining('五(二)'), national('二(四)'), service('热线')],
  },
  {
    id: 'external-exam-during-stay',
    question: '住院期间去别的医院检查或去药店买药，能一起结算吗？',
    keywords: [
      '外院检查',
      '别的医院检查',
      '院外检查',
      '药店买药',
      '购药单',
      '住院期间',
      '去别的医院检查',
      '外院做检查',
    ],
    answer:
      '要看参保地规定。济宁规定，住院期间确因病情需要到其他定点医院检查治疗或到定点药店购药的，凭住院医院盖医保办公章的《住院期间外院检查治疗或定点药店购药单》，费用纳入本次住院直接结算。',
    sources: [jining('五(三)')],
    variants: {
      'jining-2023': {
        answer:
          '能。住院期间确因病情需要到其他定点医院检查治疗或到定点药店购药的，提供住院医院加盖医保办公章的《住院期间外院检查治疗或定点药店购药单》，费用纳入本次住院直接结算。',
        sources: [jining('五(三)')],
      },
    },
  },
]
