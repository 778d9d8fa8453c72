import { identityFunction } from '../../../server/functions/identity.handler'
import { serveCloudFunction } from '../../../server/runtime/cloudbase-main'

/** 实名认证 and 家庭成员 (docs/api.md, Function `identity`). */
export const main = (event: unknown, context: unknown) => serveCloudFunction(identityFunction, event, context)
