import { HOTLINE } from '@shared/contact'

/** How WeChat's chooseMedia / chooseMessageFile say they returned nothing. */
export type PickerFailure = { errMsg?: string; errno?: number } | undefined

/**
 * What to tell the person when the picker returned no file, and how to allow it; nothing when they cancelled.
 * errno 112: the API is not declared in the 用户隐私保护指引 (only the agency can fix that); 104: the person
 * refused WeChat's privacy popup (tapping again asks again, after 10 seconds).
 */
export function pickerProblem(failure: PickerFailure): string | undefined {
  const message = String(failure?.errMsg ?? '')
  if (failure?.errno === 112 || /not declared in the privacy agreement/i.test(message))
    return `小程序尚未在微信中声明选择照片和文件的用途，暂时不能上传。请拨打 ${HOTLINE} 告知医保经办机构。`
  if (failure?.errno === 104 || /privacy permission is not authorized|privacy/i.test(message))
    return '您没有同意微信的隐私授权，所以不能选择照片或文件。如需上传，请再点一次，在弹出的窗口中点“同意”。'
  if (/cancel/i.test(message)) return undefined
  if (/auth den|permission|authorize/i.test(message))
    return '微信没有使用相机或相册的权限。请在手机“设置”→“微信”中打开相机和照片权限，或点右上角“···”→“设置”允许后再试。'
  return '没能选择文件，请再试一次。'
}
