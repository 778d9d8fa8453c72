import type { CloudBaseApp } from './database.cloudbase'

/**
 * The few cloud-storage calls the file store makes, so its logic runs against a stand-in in tests and the SDK
 * in a function. Every call takes fileIDs (cloud://<env>.<bucket>/<path>).
 */
export interface CloudStorage {
  /** The stored size, or undefined if there is no such file: asked before downloading anything. */
  sizeOf(fileID: string): Promise<number | undefined>
  download(fileID: string): Promise<Buffer | undefined>
  /** Links that stop working after `maxAgeSeconds`; a file that does not exist gets none. */
  temporaryUrls(fileIDs: readonly string[], maxAgeSeconds: number): Promise<Map<string, string>>
  remove(fileIDs: readonly string[]): Promise<void>
}

/** The SDK answers `code` per file ('SUCCESS' or an error such as STORAGE_FILE_NONEXIST). */
const succeeded = (item: { code?: string }) => !item.code || item.code === 'SUCCESS'

export const cloudStorageSdk = (app: CloudBaseApp): CloudStorage => ({
  async sizeOf(fileID) {
    const { fileList } = await app.getFileInfo({ fileList: [fileID] })
    const info = fileList.find((item) => item.fileID === fileID)
    return info && succeeded(info) && typeof info.size === 'number' ? info.size : undefined
  },
  async download(fileID) {
    const { fileContent } = await app.downloadFile({ fileID })
    if (fileContent === undefined) return undefined
    return typeof fileContent === 'string' ? Buffer.from(fileContent, 'binary') : fileContent
  },
  async temporaryUrls(fileIDs, maxAgeSeconds) {
    if (fileIDs.length === 0) return new Map()
    const { fileList } = await app.getTempFileURL({
      fileList: fileIDs.map((fileID) => ({ fileID, maxAge: maxAgeSeconds })),
    })
    return new Map(fileList.filter(succeeded).map((item) => [item.fileID, item.tempFileURL]))
  },
  async remove(fileIDs) {
    if (fileIDs.length > 0) await app.deleteFile({ fileList: [...fileIDs] })
  },
})
