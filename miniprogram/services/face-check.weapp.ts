import Taro from '@tarojs/taro'

export type FaceCheck = { verifyResult?: string } | { problem: string }

/** WeChat's face check against the name and ID number given; the server confirms its result with WeChat. */
export const faceCheck = async (person: { name: string; idNumber: string }): Promise<FaceCheck> => {
  try {
    const { verifyResult } = await Taro.startFacialRecognitionVerify({
      name: person.name,
      idCardNumber: person.idNumber,
    })
    return { verifyResult }
  } catch (error) {
    const message = (error as { errMsg?: string }).errMsg ?? ''
    return { problem: `人脸核验没有完成${message ? `（${message}）` : ''}，请在光线充足处重试` }
  }
}
