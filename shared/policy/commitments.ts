import type { Source } from '../result'
import { source } from './sources'

export const COMMITMENT_IDS = [
  'truthfulness',
  'supplement_later',
  'proxy_consent',
  'trauma_no_third_party',
] as const

export interface Commitment {
  id: (typeof COMMITMENT_IDS)[number]
  title: string
  text: string
  source: Source
}

/** 承诺制: the person's own word replaces proofs; shown in full before consent, cited by the profile's clause. */
export const TRUTHFULNESS: Commitment = {
  id: 'truthfulness',
  title: '异地就医备案个人承诺书',
  text:
    '本人承诺：所填报的身份信息、参保信息、备案类型、就医地以及在就医地居住或工作的情况均真实、准确。' +
    '本人已知晓异地就医备案的有效期限、变更撤销规定及待遇标准。如有隐瞒或虚假承诺，' +
    '本人愿意退回由此多支付的医保基金，并承担相应法律责任。',
  source: source('national-2022', '三(一)'),
}

/** The same promise when a family member fills in the form and signs: the signer speaks as the agent. */
export const TRUTHFULNESS_BY_PROXY: Commitment = {
  ...TRUTHFULNESS,
  title: '异地就医备案承诺书（家属代办）',
  text:
    '代办人作为参保人的家属代为办理，承诺：代参保人填报的身份信息、参保信息、备案类型、就医地以及参保人在就医地' +
    '居住或工作的情况均真实、准确，并已将异地就医备案的有效期限、变更撤销规定及待遇标准告知参保人。' +
    '如有隐瞒或虚假承诺，代办人和参保人愿意退回由此多支付的医保基金，并承担相应法律责任。',
}

/** 承诺补充: file before leaving, supply the proof after arriving; cited by the material row that allows it. */
export const SUPPLEMENT_LATER: Commitment = {
  id: 'supplement_later',
  title: '承诺补充材料承诺书',
  text:
    '本人拟赴就医地工作（居住），目前尚未取得当地的居住或工作证明。本人承诺在就医地取得相关证明后，' +
    '于补充期限内通过本程序上传。逾期未补充的，本次备案失效，期间发生的医疗费用按未备案处理。',
  source: source('jilin-2018', '三(二)'),
}

/** The same when a family member signs: it is the insured person who goes to work and will have the proof. */
export const SUPPLEMENT_LATER_BY_PROXY: Commitment = {
  ...SUPPLEMENT_LATER,
  text:
    '参保人拟赴就医地工作（居住），目前尚未取得当地的居住或工作证明。代办人承诺在参保人取得相关证明后，' +
    '于补充期限内通过本程序上传。逾期未补充的，本次备案失效，期间发生的医疗费用按未备案处理。',
}

/** 代办 for a family member: the filer vouches for the family member's consent. */
export const PROXY_CONSENT: Commitment = {
  id: 'proxy_consent',
  title: '代办确认',
  text: '代办人为参保人的家属，已征得参保人同意代为办理异地就医备案，并如实填写其信息。',
  source: source('service', '代办'),
}

/** 外伤无第三方责任承诺书: the person's word that nobody else is liable for the injury, shown to the hospital's 医保办. */
export const TRAUMA_NO_THIRD_PARTY: Commitment = {
  id: 'trauma_no_third_party',
  title: '外伤无第三方责任承诺书',
  text:
    '本人承诺：本次外伤系本人原因造成，无第三方责任，不属于交通事故、工伤、他人伤害等应由第三方负担医疗费用的情形，' +
    '所填受伤时间、地点和经过真实。如有隐瞒或虚假承诺，本人愿意退回由此多支付的医保基金，并承担相应法律责任。',
  source: source('jining-2023', '五(二)'),
}
