import type { FaqEntry } from '../faq.types'
import { ganzhou, hubei, jilin, jining, national, service } from './cite'

/** Changing or cancelling a filing, and filing afterwards (补办). */
export const CHANGE_AND_BACKDATE_ENTRIES: FaqEntry[] = [
  {
    id: 'change-long-term',
    question: '长期备案能改备案地吗？',
    keywords: [
      '变更',
      '修改备案',
      '换城市',
      '改地方',
      '搬家',
      '改备案',
      '变更时限',
      '换个城市',
      '改就医地',
      '地址改',
    ],
    answer:
      '能，但各地时限不同。全国规定参保地可限制长期备案一段时间内不能变更或取消，最长6个月；济宁未在备案地发生费用的可随时变更，发生过费用的满6个月才能变更；赣州原则上一年内不得变更。',
    sources: [national('二(三)'), jining('四(一)'), ganzhou('一(四)')],
    variants: {
      'national-2022': {
        answer:
          '长期类备案可以变更或取消，参保地可设置不超过6个月的限制期。本程序按参保地的配置提示何时可以变更。',
        sources: [national('二(三)')],
      },
      'jining-2023': {
        answer:
          '济宁异地长期居住备案未在备案地发生医疗费用的，可随时变更或取消；已在备案地发生医疗费用的，变更或取消的时限统一为6个月。',
        sources: [jining('四(一)')],
      },
      'ganzhou-2019': {
        answer: '赣州的异地安置、长期居住、长驻工作备案原则上一年内不得变更或取消，确有客观原因的除外。',
        sources: [ganzhou('一(四)'), ganzhou('附件1')],
      },
      'jilin-2018': {
        answer: '吉林取消了长期异地就医人员一个自然年度内变更居住地和参保地就医登记2次的限制，可以按需变更。',
        sources: [jilin('二(二)')],
      },
    },
  },
  {
    id: 'cancel-filing',
    question: '怎么取消异地就医备案？',
    keywords: ['取消备案', '撤销', '注销备案', '不要了', '搬回去', '退掉', '撤备案', '不用了', '回原籍'],
    answer:
      '在“我的备案”里选择取消并填写原因。长期类备案的取消受参保地时限限制（全国最长6个月，赣州原则上一年），临时备案可以随时取消。只是回参保地看病的，不需要取消备案。',
    sources: [national('二(三)'), ganzhou('一(四)'), hubei('三(二)'), service('我的备案')],
  },
  {
    id: 'change-count',
    question: '一年能变更几次备案？',
    keywords: ['变更次数', '几次', '限制次数', '一年两次', '改几次', '能改几次', '变更限制'],
    answer:
      '吉林已取消长期异地就医人员一个自然年度内变更2次的限制。其他地区按参保地规定，长期备案的变更可能有时限限制（全国规定最长6个月）。',
    sources: [jilin('二(二)'), national('二(三)')],
  },
  {
    id: 'backdate-before-discharge',
    question: '已经住院了才发现没备案，怎么办？',
    keywords: [
      '先住院后备案',
      '忘了备案',
      '没来得及备案',
      '住院中补办',
      '补办备案',
      '补备案',
      '住院中备案',
      '入院后备案',
      '出院前补办',
      '已经住进去',
      '住进医院',
    ],
    answer:
      '抓紧在出院结算前补办备案。出院结算前完成备案的，就医地联网定点医院应为您直接结算；补办的备案起始时间晚于入院、早于出院的，也视为有效备案。',
    sources: [national('二(四)'), hubei('二(二)'), jining('四(二)')],
  },
  {
    id: 'backdate-long-term-days',
    question: '补办长期备案，开始日期能往前追溯几天？',
    keywords: [
      '往前补',
      '追溯',
      '开始日期',
      '起始日期',
      '补办几天',
      '倒签',
      '提前几天',
      '开始时间往前',
      '之前的日期',
    ],
    answer:
      '能往前追溯多少天由参保地规定：济宁最多往前5天；赣州对先入院后备案的按实际入院时间办理。本程序按参保地配置限制可选的开始日期。',
    sources: [jining('四(二)'), ganzhou('四'), national('二(四)')],
    variants: {
      'jining-2023': {
        answer:
          '济宁补办异地长期居住备案，起始日期自补办之日起最多往前5天；补办临时外出就医备案的，起始日期不受限制。',
        sources: [jining('四(二)')],
      },
      'ganzhou-2019': {
        answer:
          '赣州对因急诊先入院后备案、远程备案的人员，按实际入院时间办理备案，填表时在“申请备案生效时间”注明入院时间。',
        sources: [ganzhou('四'), ganzhou('附件1')],
      },
    },
  },
  {
    id: 'backdate-temporary',
    question: '补办临时备案，开始日期能填入院那天吗？',
    keywords: ['补办临时备案', '入院那天', '入院日期', '起始时间', '临时补办日期', '从入院算'],
    answer:
      '可以按入院日期补办。济宁补办临时外出就医备案起始日期不受限制；湖北规定补办的备案起始时间晚于入院但早于出院的，也视为有效，可直接结算该次住院。',
    sources: [jining('四(二)'), hubei('二(二)')],
  },
  {
    id: 'backdate-after-discharge',
    question: '已经出院自费结算了，还能报销吗？',
    keywords: [
      '出院后补办',
      '已经自费',
      '自费结算',
      '出院了才备案',
      '全自费',
      '出院后备案',
      '结完账才备案',
      '自己付了全款',
    ],
    answer:
      '能。自费结算后按规定补办备案手续，可以向参保地申请手工（零星）报销。济宁参保人还可以在“济宁医保”小程序线上申报。',
    sources: [national('二(四)'), hubei('二(二)'), jining('七')],
  },
]
