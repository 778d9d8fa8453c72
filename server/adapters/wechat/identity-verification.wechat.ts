import { createHash } from 'node:crypto'
import { fail, ok, type Result } from '@shared/result'
import type { IdentityVerification } from '../../ports/identity'
import type { WeChatApi } from './wechat-api'

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex')
const refused = (message: string) => fail<never>({ code: 'FORBIDDEN', message })

/** The face-identify result API's own error codes (verify_result unknown, expired, missing). */
const RESULT_ERRORS: Record<number, string> = {
  84001: '人脸核验结果无效，请重新进行人脸核验',
  84002: '人脸核验结果已过期，请重新进行人脸核验',
  84003: '人脸核验结果不存在，请重新进行人脸核验',
}

/** A result older than this is not fresh evidence that the person is at the phone now. */
const MAX_AGE_SECONDS = 10 * 60

/**
 * wx.startFacialRecognitionVerify checks the face against the name and ID number on the phone; the server
 * trusts none of that until WeChat itself confirms the `verify_result`: who, which person, and when.
 */
export const wechatFaceVerification = (api: WeChatApi | undefined): IdentityVerification => ({
  method: 'wechat_face',
  async confirm({ caller, name, idNumber, verifyResult, now }): Promise<Result<{ resultKey: string }>> {
    if (!api)
      return fail({ code: 'INTERNAL', message: '实名核验尚未开通（未配置微信小程序 AppID），请联系经办机构' })
    if (!verifyResult) return refused('请先完成人脸核验')
    const answer = await api.post('/cityservice/face/identify/getinfo', { verify_result: verifyResult })
    if (!answer.ok) return answer
    const result = answer.value
    const errcode = result.errcode ?? 0
    if (errcode !== 0)
      return errcode in RESULT_ERRORS
        ? refused(RESULT_ERRORS[errcode])
        : fail({ code: 'INTERNAL', message: `微信实名核验暂时不可用（错误码 ${errcode}），请稍后再试` })
    if (result.identify_ret !== 0) return refused('人脸核验未通过，请本人重新进行人脸核验')
    if (result.openid !== caller) return refused('人脸核验结果不属于当前微信账号，请重新核验')
    if (result.id_card_number_md5 !== md5(idNumber) || result.name_utf8_md5 !== md5(name))
      return refused('身份证号或姓名与人脸核验的身份不一致，请核对后重新核验')
    const finished = Number(result.finish_time ?? result.identify_time)
    if (!Number.isFinite(finished) || now.getTime() / 1000 - finished > MAX_AGE_SECONDS)
      return refused('人脸核验结果已过期，请重新进行人脸核验')
    return ok({ resultKey: `wx:${createHash('sha256').update(verifyResult).digest('hex')}` })
  },
})
