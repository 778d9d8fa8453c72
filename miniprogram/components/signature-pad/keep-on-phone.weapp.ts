import Taro from '@tarojs/taro'
import type { PickedFile } from '../../services/upload-types'
import type { KeepResult } from '.'

/** In the mini-program: the canvas's temp PNG read back as a data URL, kept in storage with the letter, not uploaded. */
export const keepOnPhone = (picked: PickedFile): Promise<KeepResult> =>
  new Promise((resolve) => {
    Taro.getFileSystemManager().readFile({
      filePath: picked.source as string,
      encoding: 'base64',
      success: ({ data }) => resolve({ ok: true, ref: `data:image/png;base64,${data as string}` }),
      fail: () => resolve({ ok: false, message: '签名未能保存，请重试' }),
    })
  })
