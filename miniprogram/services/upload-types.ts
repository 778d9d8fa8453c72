/** One file of an upload list, as the page shows it; only `fileID` of a done item goes into a draft. */
export interface UploadItem {
  uid: string
  name: string
  status: 'preparing' | 'uploading' | 'done' | 'error'
  /** 0–100 while uploading. */
  progress: number
  fileID?: string
  /** Why it failed, in Chinese, or what was done to it (压缩后 180 KB). */
  message?: string
  /** Content hash: the same photo picked twice is noticed. */
  hash?: string
  /** A failed item can be sent again without choosing it again. */
  retryable?: boolean
  /** A photo as the person will see it sent: a blob: URL (web) or the temp file path (mini-program). */
  preview?: string
}

/** What a send answers: the server's fileID, or a message to show. */
export type SendResult = { ok: true; fileID: string } | { ok: false; message: string; retryable: boolean }

/** A file the person chose: on the web its bytes, in the mini-program its temp file path. */
export interface PickedFile {
  name: string
  size: number
  /** MIME type where the platform knows it (the web); '' otherwise. */
  type: string
  source: Blob | string
}

export interface PreparedFile {
  name: string
  size: number
  type: string
  hash: string
  /** H5: the bytes to send; weapp: the temp file path. */
  body: Blob | string
  compressedFrom?: number
}
