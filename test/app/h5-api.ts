import { prepareIdentityOverHttp } from '../identity-prelude'

/**
 * The local runtime's API as an outside client reaches it, to set up the records a page will show: each call as
 * one account, verified (or invited) first where it files or claims for someone, and a refusal fails the test.
 */
export const apiAt = (origin: string) => ({
  call: async <T = unknown>(openid: string, name: string, event: object): Promise<T> => {
    await prepareIdentityOverHttp(origin, openid, name, event)
    const response = await fetch(`${origin}api/fn/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Openid': openid },
      body: JSON.stringify(event),
    })
    const reply = (await response.json()) as { ok: boolean; data: T }
    if (!reply.ok) throw new Error(JSON.stringify(reply))
    return reply.data
  },

  upload: async (openid: string, file: { name: string; buffer: Buffer }, purpose?: string) => {
    const form = new FormData()
    if (purpose) form.append('purpose', purpose)
    form.append('file', new Blob([file.buffer]), file.name)
    const response = await fetch(`${origin}api/upload`, {
      method: 'POST',
      headers: { 'X-Openid': openid },
      body: form,
    })
    const reply = (await response.json()) as { ok: boolean; data: { fileID: string } }
    if (!reply.ok) throw new Error(JSON.stringify(reply))
    return reply.data.fileID
  },
})
