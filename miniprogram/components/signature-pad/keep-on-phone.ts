import type { PickedFile } from '../../services/upload-types'
import type { KeepResult } from '.'

/** On the web: the drawing as a data URL, for a letter that stays on this device and is never uploaded. */
export const keepOnPhone = (picked: PickedFile): Promise<KeepResult> =>
  new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve({ ok: true, ref: String(reader.result) })
    reader.onerror = () => resolve({ ok: false, message: '签名未能保存，请重试' })
    reader.readAsDataURL(picked.source as Blob)
  })
