import { serveCloudFunction } from '../../../server/adapters/cloudbase/main.cloudbase'
import { faqFunction } from '../../../server/functions/faq.handler'

/** 政策问答: search, hot, feedback (api.md, Function `faq`). */
export const main = (event: unknown, context: unknown) => serveCloudFunction(faqFunction, event, context)
