import Taro from '@tarojs/taro'

/** WeChat scans a QR code with the camera (or from an album photo). */
export const canScanCodes = true

/** The code's text, or nothing when the person closed the scanner. */
export const scanCode = async (): Promise<string | undefined> => {
  try {
    return (await Taro.scanCode({ scanType: ['qrCode'] })).result
  } catch {
    return undefined
  }
}
