/**
 * A file on a self-hosted server (`account.file_urls` answers `/api/files/<fileID>`), fetched with the session's
 * bearer header into a local temp file: WeChat's `<image>`, `previewImage` and `openDocument` take a path and
 * cannot send a header. The server answers the file's owner and staff only.
 */
import Taro from '@tarojs/taro'
import { API_BASE_URL, SESSION_EXPIRED, withSession } from './self-hosted-session'

type Fetched = { status: number; path: string } | { status: 0 }

/** The local path of the file behind `link`, or undefined when it could not be had (the page offers a retry). */
export const localCopyOf = (link: string): Promise<string | undefined> =>
  withSession(
    (header) =>
      Taro.downloadFile({ url: `${API_BASE_URL}${link}`, header }).then(
        ({ statusCode, tempFilePath }): Fetched => ({ status: statusCode, path: tempFilePath }),
        (): Fetched => ({ status: 0 }),
      ),
    (fetched) => fetched.status === SESSION_EXPIRED,
  ).then((outcome) => ('status' in outcome && outcome.status === 200 ? outcome.path : undefined))
