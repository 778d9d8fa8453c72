import { filingFunction } from '../../../server/functions/filing.handler'
import { serveCloudFunction } from '../../../server/runtime/cloudbase-main'

/** 备案: quote, submit, list, get, supplement, change, cancel, coverage (docs/api.md, Function `filing`). */
export const main = (event: unknown, context: unknown) => serveCloudFunction(filingFunction, event, context)
