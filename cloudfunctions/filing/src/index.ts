import { serveCloudFunction } from '../../../server/adapters/cloudbase/main.cloudbase'
import { filingFunction } from '../../../server/functions/filing.handler'

/** 备案: quote, submit, list, get, supplement, change, cancel, coverage (api.md, Function `filing`). */
export const main = (event: unknown, context: unknown) => serveCloudFunction(filingFunction, event, context)
