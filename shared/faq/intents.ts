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
    // 能报多少钱 is an amount, 能报多少 a ratio: the longer phrase wins (asked-intents.ts). Not 多少钱
    // alone: 起付多少钱 asks for the deductible.
    name: 'amount',
    says: ['报多少钱', '算算', '算一下', '估算', '测算', '估一下'],
    asks: ['能报多少钱'],
  },
  {
    // Not 过期 or 到期: 备案到期了 says what happened, it does not ask how long.
    name: 'how-long',
    says: [
      '多久',
      '多长时间',
      '多少天',
      '等几天',
      '到啥时候',
      '到什么时候',
      '管到',
      '期限',
      '啥时候过期',
      '什么时候过期',
      '啥时候到期',
      '什么时候到期',
      '啥时候到',
      '什么时候到',
    ],
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
    says: [
      '来得及',
      '来不及',
      '还能补',
      '补办',
      '补备案',
      '补上',
      '忘了',
      '才想起',
      '才知道',
      '才发现',
      '才办',
      '才备案',
    ],
    asks: ['补办', '补备案'],
  },
  {
    name: 'type',
    says: [
      '哪种',
      '哪类',
      '哪一类',
      '啥类型',
      '什么类型',
      '类型',
      '选哪',
      '备啥',
      '办啥备案',
      '算哪',
      '哪几种',
      '几种',
    ],
    asks: ['哪种', '类型'],
  },
  {
    // Going somewhere to file; 非得跑窗口 (online) does not ask it: the longer phrase wins.
    name: 'offline',
    says: ['线下', '去哪办', '哪里办', '在哪办', '窗口办', '现场办', '哪儿办'],
    asks: ['线下'],
  },
  {
    name: 'advance',
    says: ['提前', '下个月', '下周', '过几天', '还没走', '还没去', '还没出发', '出发前', '走之前', '去之前'],
    asks: ['提前'],
  },
  {
    // 明明备案了 … 咋回事: something did not work as it should.
    name: 'why',
    says: ['为什么', '为啥', '咋回事', '怎么回事', '明明', '凭什么'],
    asks: ['为什么'],
  },
  {
    name: 'necessary',
    says: ['一定要', '必须', '非要', '非得', '不备案'],
    asks: ['一定要'],
  },
  {
    name: 'target',
    says: ['备到哪', '备案到哪', '哪一级', '哪级', '备到'],
    asks: ['哪一级', '备到'],
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
