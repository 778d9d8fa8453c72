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

export const materialFiles = (materials: readonly AttachedMaterial[], prefix: string) =>
  materials.map((material, index) => ({ fileID: material.fileID, path: `${prefix}.${index}.fileID` }))
