// wx.cloud for the simulator: callFunction runs the real function handlers in process against a real SQLite
// store, as the CloudBase entry would for this caller. Only the transport is replaced.
import type { FunctionName } from '@shared/envelope'
import { runFunction } from '../../server/functions/run'
import type { Ports } from '../../server/ports/ports'
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
    return runFunction(name, data, caller, ports).then((result) => ({ result }))
  },
})
