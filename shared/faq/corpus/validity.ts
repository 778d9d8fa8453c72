import type { FaqEntry } from '../faq.types'
import { ganzhou, hubei, jining, national } from './cite'

/** How long a filing lasts and how many settlements it covers (医保发〔2022〕22号 二(三)). */
export const VALIDITY_ENTRIES: FaqEntry[] = [
  {
    id: 'validity-long-term',
    question: '长期备案的有效期是多久？',
    keywords: ['有效期', '长期有效', '多久过期', '到期', '终止日期', '期限', '长期备案有效', '永久有效'],
    answer:
      '异地安置退休、长期居住、常驻工作三类备案长期有效，不设终止日期。变更或取消可能受参保地规定的时限限制（全国规定最长6个月，各地不同）。',
    sources: [national('二(三)'), hubei('二(一)'), jining('四(一)')],
    variants: {
      'ganzhou-2019': {
        answer:
          '赣州的异地安置、长期居住、长驻工作备案生效后，暂停在参保地就医购药刷卡结算，原则上一年内不得变更或取消（有客观原因的除外）。',
        sources: [ganzhou('一(四)'), ganzhou('附件1')],
      },
    },
  },
  {
    id: 'validity-temporary',
    question: '临时备案的有效期是多久？',
    keywords: ['临时备案有效期', '6个月', '半年', '过期', '多次就诊', '临时备案多久', '临时备案期限'],
    answer:
      '全国规定临时类备案有效期不少于6个月，有效期内可多次就诊结算，过期后重新备案即可。各地不同：湖北为6个月，济宁不设有效期，赣州转诊和急诊备案门诊、住院各限结算一次。',
    sources: [national('二(三)'), hubei('二(一)'), jining('四(一)'), ganzhou('一(四)')],
    variants: {
      'national-2022': {
        answer:
          '临时类备案有效期不少于6个月，有效期内可在就医地多次就诊并直接结算；具体期限以参保地公布为准，过期后重新备案即可。',
        sources: [national('二(三)')],
      },
      'hubei-2022': {
        answer:
          '湖北的异地转诊和其他临时外出就医备案有效期为6个月，有效期内可在就医地多次就诊并直接结算；有效期内入院的，出院时不受有效期限制。',
        sources: [hubei('二(一)'), hubei('二(二)')],
      },
      'jining-2023': {
        answer:
          '济宁的临时外出就医备案不再设有效期，备案后可在就医地就医并直接结算，且不影响在参保地就医和医保待遇。',
        sources: [jining('四(一)')],
      },
      'ganzhou-2019': {
        answer:
          '赣州的转诊转院、异地急诊备案后，可在备案地联网定点医院刷卡结算，备案期间门诊和住院各限结算一次；需定期到市外复诊（含放化疗）的部分癌症病人，一年内多次有效。',
        sources: [ganzhou('一(四)')],
      },
    },
  },
  {
    id: 'expire-during-stay',
    question: '住院期间备案到期了，出院还能直接结算吗？',
    keywords: ['住院中过期', '有效期内入院', '出院时过期', '到期了还在住院'],
    answer:
      '一般能。湖北明确：在备案有效期内办理入院的，出院时不受备案有效期限制，可以正常直接结算这次住院费用。其他地区以参保地规定为准。',
    sources: [hubei('二(二)')],
  },
  {
    id: 'settlement-count',
    question: '转诊备案一次能结算几次？',
    keywords: ['结算几次', '多次', '一次', '次数', '门诊住院各一次', '能用几次'],
    answer:
      '各地不同。全国规定临时类备案有效期内可多次就诊结算，湖北6个月内可多次结算。赣州转诊转院和急诊备案门诊、住院各限结算一次，部分需定期复诊的癌症病人一年内多次有效。',
    sources: [national('二(三)'), hubei('二(一)'), ganzhou('一(四)')],
  },
  {
    id: 'cancer-followup',
    question: '癌症要定期去外地复查、放化疗，每次都要备案吗？',
    keywords: ['癌症', '肿瘤', '复查', '复诊', '放化疗', '化疗', '放疗', '定期复查', '每次都备案'],
    answer:
      '临时类备案在有效期内可多次就诊，不必每次备案。赣州对需定期到市外首次手术医院复诊（含放化疗）的部分癌症病人，备案期放宽至一年内多次有效。恶性肿瘤门诊放化疗还可按门诊慢特病异地直接结算。',
    sources: [national('二(三)'), ganzhou('一(四)'), hubei('三(四)')],
  },
  {
    id: 'temporary-home-effect',
    question: '办了临时备案，在参保地看病受影响吗？',
    keywords: ['临时备案影响', '老家看病', '参保地就医', '本地看病', '不影响', '本地就医'],
    answer:
      '不受影响。济宁明确临时外出就医备案不影响参保地就医和医保待遇；湖北规定备案有效期内回参保地就医无需撤销备案，待遇与本地一致。',
    sources: [jining('四(一)'), hubei('三(二)')],
  },
]
