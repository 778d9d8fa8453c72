import type { Source } from '../result'

/** The notices the rules come from, by the short key the tables use. */
export const DOCUMENTS = {
  'jilin-2018': '吉医保办〔2018〕6号',
  'jining-2023': '济宁市医疗保障局异地就医十项便民措施（2023-11-09）',
  'ganzhou-2019': '赣市医保字〔2019〕21号',
  'guangdong-2015': '粤人社函〔2015〕674号',
  'hrss-2014': '人社部发〔2014〕93号',
  'hubei-2022': '鄂医保办〔2022〕28号',
  'national-2022': '医保发〔2022〕22号',
  example: '示例参数（部署的经办机构按本地公布标准配置）',
  service: '本程序服务规则',
} as const

export type DocumentKey = keyof typeof DOCUMENTS

export const source = (doc: DocumentKey, clause: string): Source => ({ doc: DOCUMENTS[doc], clause })

/** For numbers no notice gives (deductibles, ratios, caps, some limits): clearly labelled example values. */
export const EXAMPLE_SOURCE: Source = source('example', '参数表')
