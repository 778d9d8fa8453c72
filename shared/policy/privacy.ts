import { HOTLINE } from '../contact'
import type { Source } from '../result'
import { source } from './sources'

/**
 * How long what the app collects is kept. No notice the product carries fixes these periods (archives rules
 * differ by province), so apart from the product's own rules they are example values the deploying agency
 * replaces with its published periods (个人信息保护法 第十七条: the notice must state them).
 */
/**
 * How long the free text typed into 政策问答 is kept: the words of a 没帮助 vote, of a search that found no
 * certain answer, and a question once answered.
 */
export const FAQ_TEXT_RETENTION_DAYS = { feedbackQuery: 90, missedQuery: 90, answeredQuestion: 180 } as const

export const RETENTION = {
  draft: {
    period: '提交或清除前，只存在您的手机上',
    source: source('service', '草稿保存'),
    illustrative: false,
  },
  unattachedUpload: {
    period: '上传后 7 天内未用于任何备案或报销的文件，自动删除',
    source: source('service', '未使用文件清理'),
    illustrative: false,
  },
  keptOnPhone: {
    period: '只保存在您的手机上，不上传；您在页面上删除后即清除',
    source: source('service', '承诺书本机保存'),
    illustrative: false,
  },
  withRecord: {
    period: '随所属备案或报销保存；申请删除已办结的记录时一并删除',
    source: source('service', '材料随记录保存'),
    illustrative: false,
  },
  finishedFiling: {
    period: '备案失效或撤销后 2 年',
    source: source('example', '备案档案保存期限'),
    illustrative: true,
  },
  finishedClaim: {
    period: '报销办结后 30 年（报销凭证按会计档案保存）',
    source: source('example', '报销档案保存期限'),
    illustrative: true,
  },
  clipboard: {
    period: '留在手机剪切板中，直到您复制别的内容；本程序不保存、不读取剪切板',
    source: source('service', '剪切板'),
    illustrative: false,
  },
  messages: { period: '发出后 1 年', source: source('example', '消息保存期限'), illustrative: true },
  faqText: {
    period: `评价回答时附带的搜索文字 ${FAQ_TEXT_RETENTION_DAYS.feedbackQuery} 天后删除；没有找到答案的搜索文字 ${FAQ_TEXT_RETENTION_DAYS.missedQuery} 天后删除（只留次数）；向经办机构的提问，答复 ${FAQ_TEXT_RETENTION_DAYS.answeredQuestion} 天后删除提问原文（答复留在您的消息中）`,
    source: source('service', '问答文字保存'),
    illustrative: false,
  },
} as const satisfies Record<string, { period: string; source: Source; illustrative: boolean }>

export type RetentionKey = keyof typeof RETENTION

/**
 * One kind of personal information: what it is, how it is collected, why, and how long it is kept. The
 * 用户隐私保护指引 the agency declares (docs/privacy.md), the in-app 隐私说明 and the 我的数据 page all read this
 * table. `guide` is the 指引 item to tick, `api` the WeChat interface whose use it covers.
 */
export interface PersonalDataKind {
  id: string
  data: string
  guide: string
  api?: string
  /** How it reaches the app, in the words the 隐私说明 page uses. */
  how: string
  purpose: string
  retention: RetentionKey
  /** 敏感个人信息 (个人信息保护法 第二十八条: 医疗健康、特定身份、金融账户 …). */
  sensitive: boolean
}

export const PERSONAL_DATA: readonly PersonalDataKind[] = [
  {
    id: 'identity',
    data: '参保人的姓名、身份证号、手机号；代办时与参保人的关系',
    guide: '其他：姓名、身份证号码、手机号码（用户在表单中填写）',
    how: '您在备案或报销表单中填写',
    purpose: '确认参保人身份，办理异地就医备案和手工报销，经办人员需要时与您联系',
    retention: 'finishedFiling',
    sensitive: true,
  },
  {
    id: 'medical',
    data: '就医信息：就医地、医院、就医日期、住院或门诊、病情摘要、医疗费用',
    guide: '其他：就医信息（就医地、医院、就医日期、病情摘要、医疗费用）',
    how: '您在备案或报销表单中填写或选择',
    purpose: '判断备案类型和报销范围，计算报销金额，供经办人员审核',
    retention: 'finishedClaim',
    sensitive: true,
  },
  {
    id: 'photos',
    data: '您选择或拍摄的材料照片（证明材料、发票、病历、清单）',
    guide: '选中的照片或视频信息',
    api: 'chooseMedia',
    how: '您在微信中拍照或从相册选择后上传（微信先请您同意隐私授权）',
    purpose: '上传备案、补充材料和报销所需的证明材料与发票',
    retention: 'withRecord',
    sensitive: true,
  },
  {
    id: 'files',
    data: '您从聊天记录中选择的 PDF 文件（电子发票、证明材料）',
    guide: '选中的文件',
    api: 'chooseMessageFile',
    how: '您从微信聊天记录中选择后上传（微信先请您同意隐私授权）',
    purpose: '上传 PDF 电子发票和证明材料',
    retention: 'withRecord',
    sensitive: true,
  },
  {
    id: 'clipboard',
    data: '您点“复制邀请码”时写入手机剪切板的家庭成员邀请码（本程序不读取剪切板）',
    guide: '剪切板',
    api: 'setClipboardData',
    how: '您在“邀请家庭成员”页面点“复制邀请码”时写入',
    purpose: '把邀请码发给您的家人，由家人填写后为您代办',
    retention: 'clipboard',
    sensitive: false,
  },
  {
    id: 'signature',
    data: '手写签名图片（可选）',
    guide: '其他：手写签名图片（用户在签名板上书写）',
    how: '您在签名板上书写并保存',
    purpose: '在承诺书上签名',
    retention: 'withRecord',
    sensitive: true,
  },
  {
    id: 'trauma',
    data: '外伤无第三方责任承诺书中的承诺人姓名、身份证号、受伤日期、地点、经过和手写签名（可选）',
    guide: '无需勾选（只在本机保存，不上传）；在指引正文中说明（外伤承诺书）',
    how: '您在承诺书页面填写',
    purpose: '生成承诺书，就诊时向医院医保办出示',
    retention: 'keptOnPhone',
    sensitive: true,
  },
  {
    id: 'openid',
    data: '微信为本小程序分配的用户标识（OpenID）',
    guide: '无需勾选（平台身份标识）；在指引正文中说明',
    how: '微信在您使用小程序时提供给本程序的服务端（云函数，或经办机构自己的服务器）',
    purpose: '区分不同用户，只让您本人看到和办理自己的备案、报销和消息',
    retention: 'finishedClaim',
    sensitive: false,
  },
  {
    id: 'faqText',
    data: '您在政策问答中输入的问题文字：评价回答时附带的搜索文字，没有找到答案的搜索文字，向经办机构提问的问题和参保地',
    guide: '其他：用户在政策问答中输入的问题文字',
    how: '您在政策问答中评价回答、搜索没有找到答案或向经办机构提问时发送（不记录是谁搜索的）',
    purpose: '经办人员答复您的提问，改进问答',
    retention: 'faqText',
    sensitive: false,
  },
  {
    id: 'draft',
    data: '填写到一半的备案草稿（含身份证号），保存在您手机的小程序存储中',
    guide: '无需勾选（只在本机保存，不上传）；在指引正文中说明',
    how: '填写时自动保存在本机，不上传',
    purpose: '网络中断或退出后，回来可以接着填写',
    retention: 'draft',
    sensitive: true,
  },
]

/** Who processes the data, and how a person exercises their rights (第十七条、第四十四条至第四十八条). */
export const PRIVACY_CONTACT = {
  processor: '参保地医疗保障经办机构（部署本小程序的经办机构）',
  entrusted: '腾讯云开发（CloudBase）受托存储和运行，不得用于其他目的',
  /** In place of `entrusted` when the app calls the agency's own server (a build with API_BASE_URL). */
  selfHosted: '无，由经办机构在自己的服务器上存储和运行',
  rights: `您在“我的数据”中可以查看我们保存的您的信息，并申请删除已办结记录的材料和个人信息；如需更正或投诉，请拨打 ${HOTLINE}。依法须作为经办档案保存的，在上述期限内保留。`,
  legalBasis: '经办机构依法履行医疗保障经办职责处理您的信息（个人信息保护法 第十三条第三项、第三十五条）。',
  version: '2026-12-03',
} as const
