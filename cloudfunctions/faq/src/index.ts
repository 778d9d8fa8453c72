import { faqFunction } from '../../../server/functions/faq.handler'
import { serveCloudFunction } from '../../../server/runtime/cloudbase-main'

/** 政策问答: search, hot, feedback (docs/api.md, Function `faq`). */
export const main = (event: unknown, context: unknown) => serveCloudFunction(faqFunction, event, context)
