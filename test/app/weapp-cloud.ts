// wx.cloud for the simulator: callFunction runs the real function handlers in process against a real SQLite
// store, as the CloudBase entry would for this caller. Only the transport is replaced. The caller's account is
// verified (development adapter) before a filing or claim for someone, as a returning user's account is.
import type { FunctionName } from '@shared/envelope'
import type { TempStore } from '../server/support'

export const inProcessCloud = (store: TempStore, caller: string, asked: string[] = []) => ({
  init: () => undefined,
  callFunction: ({ name, data }: { name: FunctionName; data: { action: string } }) => {
    asked.push(`${name}.${data.action}`)
    return store.call(name, data, caller).then((result) => ({ result }))
  },
})
