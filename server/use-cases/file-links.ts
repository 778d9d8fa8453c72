import { fail, ok, type Result } from '@shared/result'
import type { Call } from './call'

export interface FileLink {
  fileID: string
  url: string
  mime: string
}

const NO_ACCESS = '文件不存在或您无权查看'

/**
 * Short-lived links to uploaded files, for their owner or for staff only: who asks is checked on every file,
 * and one file the caller may not see refuses the whole request (NOT_FOUND, as for a record).
 */
export const fileLinks = async (
  call: Call,
  fileIDs: readonly string[],
): Promise<Result<{ items: FileLink[] }>> => {
  const staff = await call.ports.staff.includes(call.caller)
  const files = await Promise.all(fileIDs.map((fileID) => call.ports.files.info(fileID)))
  if (files.some((file) => !file || (!staff && file.owner !== call.caller)))
    return fail({ code: 'NOT_FOUND', message: NO_ACCESS, path: 'fileIDs' })
  const links = await call.ports.files.links(fileIDs)
  const items: FileLink[] = []
  for (const file of files) {
    const url = file && links.get(file.fileID)
    if (!file || !url) return fail({ code: 'NOT_FOUND', message: NO_ACCESS, path: 'fileIDs' })
    items.push({ fileID: file.fileID, url, mime: file.mime })
  }
  return ok({ items })
}
