// wx.cloud for the simulator: callFunction runs the real function handlers in process against a real SQLite
// store, as the CloudBase entry would for this caller. Only the transport is replaced.
import type { FunctionName } from '@shared/envelope'
import { runFunction } from '../../server/functions/run'
import type { TempStore } from '../server/support'

export const inProcessCloud = (store: TempStore, caller: string, asked: string[] = []) => ({
  init: () => undefined,
  callFunction: ({ name, data }: { name: FunctionName; data: { action: string } }) => {
    asked.push(`${name}.${data.action}`)
    return runFunction(name, data, caller, store.ports).then((result) => ({ result }))
  },
})
