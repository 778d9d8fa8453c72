import { fail, ok, type Result } from '@shared/result'
import type { AttachedMaterial } from '@shared/schemas/filing.schema'
import type { Call } from './call'

/** Every fileID a user attaches must be one they uploaded; the issue names the field at fault. */
export const checkOwnFiles = async (
  call: Call,
  fileIDs: { fileID: string; path: string }[],
): Promise<Result<true>> => {
  for (const { fileID, path } of fileIDs) {
    if (!(await call.ports.files.belongsTo(fileID, call.caller))) {
      const message = '文件不存在或不是您上传的，请重新上传'
      return fail({ code: 'VALIDATION', message, path, issues: [{ path, message }] })
    }
  }
  return ok(true)
}

/** Names each file by its content where the store knows it, so one photo uploaded twice is seen as one file. */
export const sameFileAs = async (
  call: Call,
  materials: readonly AttachedMaterial[],
): Promise<(fileID: string) => string> => {
  const contents = new Map<string, string>()
  for (const { fileID } of materials) {
    const hash = await call.ports.files.contentHash(fileID)
    if (hash) contents.set(fileID, `sha256:${hash}`)
  }
  return (fileID) => contents.get(fileID) ?? fileID
}

export const materialFiles = (materials: readonly AttachedMaterial[], prefix: string) =>
  materials.map((material, index) => ({ fileID: material.fileID, path: `${prefix}.${index}.fileID` }))
