import { accountFunction } from '../../../server/functions/account.handler'
import { serveCloudFunction } from '../../../server/runtime/cloudbase-main'

/** 账户: whoami — the caller's upload folder and role (docs/api.md, Function `account`). */
export const main = (event: unknown, context: unknown) => serveCloudFunction(accountFunction, event, context)
