// wx.cloud for the simulator: callFunction runs the real function handlers in process against a real SQLite
// store, as the CloudBase entry would for this caller. Only the transport is replaced. The caller's account is
// verified (development adapter) before a filing or claim for someone, as a returning user's account is.
import type { FunctionName } from '@shared/envelope'
import { runFunction } from '../../server/functions/run'
import type { Ports } from '../../server/ports/ports'
import { prepareIdentity, type Send } from '../identity-prelude'
import type { TempStore } from '../server/support'

/** `ports`: the store's own unless a test swaps an adapter (CloudBase's file store, say). */
export const inProcessCloud = (
  store: TempStore,
  caller: string,
  asked: string[] = [],
  ports: Ports = store.ports,
) => ({
  init: () => undefined,
  callFunction: ({ name, data }: { name: FunctionName; data: { action: string } }) => {
    asked.push(`${name}.${data.action}`)
    const send: Send = (openid, fn, body) => runFunction(fn, body, openid, ports)
    return prepareIdentity(send, caller, name, data)
      .then(() => runFunction(name, data, caller, ports))
      .then((result) => ({ result }))
  },
})
