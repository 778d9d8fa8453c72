// Cloud storage for tests: a Map behind the CloudStorage port (server/adapters/cloudbase/storage.cloudbase), what
// the SDK's getFileInfo, downloadFile, getTempFileURL and deleteFile do to one bucket.
import type { CloudStorage } from '../../server/adapters/cloudbase/storage.cloudbase'

/** Cloud storage as a Map; links say how long they live, as getTempFileURL's maxAge does. */
export const storageStandIn = () => {
  const objects = new Map<string, Buffer>()
  const downloads: string[] = []
  const storage: CloudStorage = {
    sizeOf: async (fileID) => objects.get(fileID)?.length,
    download: async (fileID) => {
      downloads.push(fileID)
      return objects.get(fileID)
    },
    temporaryUrls: async (fileIDs, maxAge) =>
      new Map(
        fileIDs
          .filter((id) => objects.has(id))
          .map((id) => [id, `https://tmp.example/${id.split('/').pop()}?max-age=${maxAge}`]),
      ),
    remove: async (fileIDs) => {
      for (const fileID of fileIDs) objects.delete(fileID)
    },
  }
  return { storage, objects, downloads }
}
