import type { FaqEntry } from '../faq.types'
import { ganzhou, guangdong, hrss, jilin, jining, national, service } from './cite'

/** Help when something goes wrong, hotline and what direct settlement means. */
export const SERVICE_ENTRIES: FaqEntry[] = [
  {
    id: 'hotline',
    question: '异地就医有咨询电话吗？',
    keywords: ['热线', '电话', '客服', '咨询', '12393', '人工', '打电话问', '咨询热线'],
    answer:
      '可拨打医保服务热线12393，或参保地医保经办机构的客服电话，咨询异地就医业务、查询信息和帮办代办。答复以参保地医保经办机构解释为准。',
    sources: [jining('八'), service('热线')],
  },
  {
    id: 'online-consult',
    question: '除了打电话，还能在哪里咨询？',
    keywords: [
      '在线咨询',
      '在线客服',
      '智能客服',
      '公众号',
      '官网',
      '自助答疑',
      '留言',
      '网上咨询',
      '问客服',
    ],
    answer:
      '可以看参保地医保部门的公众号、官网等渠道，本程序的政策问答离线可用，答案都注明出处。济宁还有“济宁医保”企业微信智能客服和官网“异地就医直通车”。',
    sources: [jining('八'), service('政策问答')],
    variants: {
      'jining-2023': {
        answer:
          '济宁可通过“济宁医保”企业微信智能客服输入关键字自助答疑，也可在公众号留言或看官网“异地就医直通车”。本程序的政策问答离线可用。',
        sources: [jining('八'), service('政策问答')],
      },
    },
  },
  {
    id: 'hospital-refuses',
    question: '医院说刷不了异地医保怎么办？',
    keywords: ['刷不了', '结算失败', '医院不给刷', '系统问题', '不给报', '刷卡失败', '医院刷不了'],
    answer:
      '先到医院异地就医结算窗口或医保办咨询、核对备案信息，也可联系参保地经办机构。确实无法直接结算的，保留好票据，回参保地申请手工报销。',
    sources: [jilin('九(二)'), jining('十'), national('二(四)')],
  },
  {
    id: 'settlement-window',
    question: '医院的异地结算窗口在哪？',
    keywords: ['异地结算窗口', '专窗', '咨询窗口', '导诊台', '标识', '结算窗口', '在哪结算'],
    answer:
      '可以问导诊台或看医院里的异地就医结算标识。吉林要求异地定点医院设置异地结算窗口和咨询服务窗口；济宁要求在导诊台、挂号处等醒目位置张贴宣传材料，设立结算专窗和标识。',
    sources: [jilin('九(二)'), jining('九')],
  },
  {
    id: 'direct-settlement-what',
    question: '什么是异地就医直接结算？',
    keywords: ['直接结算', '联网结算', '不用垫钱', '是什么意思', '直接报', '异地直接结算'],
    answer:
      '就是在外地联网定点医院看病，只付个人负担的部分，医保支付的部分由医院记账后与医保结算，不用先全额垫付再回去报。前提是按规定办好备案。',
    sources: [guangdong('二'), hrss('五')],
  },
  {
    id: 'same-service',
    question: '外地医院会区别对待异地病人吗？',
    keywords: ['一视同仁', '区别对待', '同等服务', '歧视', '外地病人', '外地人'],
    answer: '不会。就医地要将异地就医人员一视同仁纳入本地统一管理，提供与本地参保人员同等的医疗服务。',
    sources: [jilin('五'), guangdong('三'), hrss('五')],
  },
  {
    id: 'filing-necessary',
    question: '去外地看病一定要先备案吗？',
    keywords: ['必须备案', '不备案', '一定要备案', '不办备案', '不备案会怎样', '非要备案吗', '备案必须办吗'],
    answer:
      '想在外地直接结算，需要按规定备案，急诊抢救视同已备案。没备案的一般要先自费、再回参保地手工报销，部分地区比例会下调；出院前补办备案的仍可直接结算。',
    sources: [national('三(一)'), ganzhou('三(二)'), national('二(四)')],
  },
  {
    id: 'migrant-insurance',
    question: '外地来的农民工在本地能参加医保吗？',
    keywords: ['外来务工', '参保', '外省来的', '参加医保', '外地人参保'],
    answer:
      '吉林规定对外省来本省的农民工和就业创业人员，按规定促进其参加相应的医疗保险，保障医保待遇。具体参保方式请咨询当地医保经办机构。',
    sources: [jilin('三(一)')],
  },
]
