import '../zod-jitless'
import { z } from 'zod'
import { idNumber, isoDate, optionalText, personName, regionCode, requiredText } from './fields'

/** 外伤无第三方责任承诺书 as the person fills it on the phone (济宁 五(二)); kept on the phone, shown at the hospital. */
export const traumaCommitmentSchema = z.object({
  insuredRegion: regionCode('参保地'),
  name: personName('承诺人姓名'),
  idNumber: idNumber('承诺人身份证号'),
  injuredOn: isoDate('受伤日期'),
  place: requiredText('受伤地点', 60),
  how: requiredText('受伤经过', 200),
  hospital: optionalText('就诊医院', 100),
  accepted: z.literal(true, { error: '请阅读并确认承诺书' }),
})
export type TraumaCommitment = z.output<typeof traumaCommitmentSchema>
