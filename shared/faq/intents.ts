/**
 * What a question asks for — cancel, the ratio, how long, what to bring — is said in a few spoken
 * words (咋撤, 报几成, 管多久, 带啥) next to nouns that many entries share (住院, 出院, 窗口, 小程序).
 * An entry answers an intent when its own question says so (`asks`); the query asks it when it
 * contains one of `says`. Then the entry answering the asked intent can outrank one that merely
 * shares the noun.
 */
export interface Intent {
  name: string
  /** How people type the intent. */
  says: readonly string[]
  /** Words in an entry's question that show it answers this intent; the first is also searched. */
  asks: readonly string[]
}

export const INTENTS: readonly Intent[] = [
  {
    name: 'cancel',
    says: [
      '取消',
      '撤',
      '不想要',
      '不要了',
      '弄掉',
      '退掉',
      '注销',
      '作废',
      '不用了',
      '不想办',
      '搬回',
      '不住了',
    ],
    asks: ['取消'],
  },
  {
    name: 'change',
    says: ['改', '换地方', '换城市', '换个', '变更', '搬到', '搬去', '挪'],
    asks: ['变更', '改'],
  },
  {
    name: 'ratio',
    says: [
      '比例',
      '几成',
      '百分之',
      '打几折',
      '打折',
      '几个点',
      '降多少',
      '低多少',
      '少报',
      '报多少',
      '报得少',
    ],
    asks: ['比例'],
  },
  {
    // 能报多少钱 is an amount, 能报多少 a ratio: the longer phrase wins (asked-intents.ts). An amount
    // is asked of many entries (起付线, 自付, 测算), so it only keeps 报多少钱 from asking a ratio.
    name: 'amount',
    says: ['多少钱', '花多少', '掏多少', '付多少'],
    asks: [],
  },
  {
    // Not 过期 or 到期: 备案到期了 says what happened, it does not ask how long.
    name: 'how-long',
    says: ['多久', '多长时间', '多少天', '到啥时候', '到什么时候', '管到', '期限'],
    asks: ['多久', '有效期'],
  },
  {
    // Not 手续: 没办手续 means not filed.
    name: 'materials',
    says: [
      '要啥',
      '带啥',
      '准备啥',
      '准备些啥',
      '要什么',
      '带什么',
      '准备什么',
      '啥材料',
      '啥证明',
      '资料',
      '单据',
    ],
    asks: ['什么材料', '什么证明', '交证明'],
  },
  {
    // 非得跑…吗: the person would rather not go anywhere.
    name: 'online',
    says: [
      '非得跑',
      '非要跑',
      '必须跑',
      '非得去',
      '非要去',
      '必须去',
      '一定要去',
      '不去现场',
      '不想去',
      '不用去',
      '不想跑',
      '网上',
      '线上',
      '手机上',
      '在线',
    ],
    asks: ['网上'],
  },
  {
    name: 'backdate',
    says: ['来得及', '来不及', '还能补', '补办', '补备案', '补上', '忘了', '才想起', '才知道', '才发现'],
    asks: ['补办', '补备案'],
  },
  {
    name: 'fee',
    says: ['收费', '要钱', '花钱', '免费', '手续费', '收钱', '交钱'],
    asks: ['交钱'],
  },
  {
    name: 'count',
    says: ['几次', '几回', '多少次', '几趟'],
    asks: ['几次', '几趟'],
  },
]
