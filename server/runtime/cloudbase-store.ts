import tcb from '@cloudbase/node-sdk'
import { systemClock } from '../adapters/clock.system'
import { auditLogCloudBase } from '../adapters/cloudbase/audit-log.cloudbase'
import { authorisationsCloudBase } from '../adapters/cloudbase/authorisations.cloudbase'
import { claimsCloudBase } from '../adapters/cloudbase/claims.cloudbase'
import type { CloudBaseApp } from '../adapters/cloudbase/database.cloudbase'
import { faqAdditionsCloudBase } from '../adapters/cloudbase/faq-additions.cloudbase'
import { faqFeedbackCloudBase } from '../adapters/cloudbase/faq-feedback.cloudbase'
import { faqMissesCloudBase } from '../adapters/cloudbase/faq-misses.cloudbase'
import { faqQuestionsCloudBase } from '../adapters/cloudbase/faq-questions.cloudbase'
import { fileStoreCloudBase } from '../adapters/cloudbase/file-store.cloudbase'
import { filingsCloudBase } from '../adapters/cloudbase/filings.cloudbase'
import { hospitalsCloudBase } from '../adapters/cloudbase/hospitals.cloudbase'
import { identitiesCloudBase } from '../adapters/cloudbase/identities.cloudbase'
import { lookUpLogCloudBase } from '../adapters/cloudbase/look-up-log.cloudbase'
import { outboxCloudBase } from '../adapters/cloudbase/outbox.cloudbase'
import { registrationsCloudBase } from '../adapters/cloudbase/registrations.cloudbase'
import { staffCloudBase } from '../adapters/cloudbase/staff-roster.cloudbase'
import { cloudStorageSdk } from '../adapters/cloudbase/storage.cloudbase'
import { parseDataKey } from '../adapters/crypto/data-key'
import { idNumbersAes } from '../adapters/crypto/id-numbers.aes'
import { randomIds } from '../adapters/id-generator.random'
import { insuranceCoreFromEnv } from '../adapters/insurance-core/from-env'
import { invoiceVerificationFromEnv } from '../adapters/invoice-verification/from-env'
import { staffFromList } from '../adapters/staff-roster.list'
import { wechatFaceVerification } from '../adapters/wechat/identity-verification.wechat'
import { wechatApiFromEnv } from '../adapters/wechat/wechat-api'
import type { Clock } from '../ports/clock'
import type { Ports } from '../ports/ports'

type Env = Record<string, string | undefined>

/** The CloudBase set of ports; a function's main builds it per invocation (conventions: never at module load). */
export const cloudBasePorts = (
  app: CloudBaseApp,
  env: Env = process.env,
  clock: Clock = systemClock,
): Ports => {
  const db = app.database()
  // A function has no disk to keep a key on: the key is a required environment variable.
  if (!env.DATA_KEY) throw new Error('DATA_KEY is not configured for this function')
  const outbox = outboxCloudBase(app, db, {
    filing_status: env.TEMPLATE_FILING_STATUS,
    supplement_deadline: env.TEMPLATE_SUPPLEMENT_DEADLINE,
    claim_status: env.TEMPLATE_CLAIM_STATUS,
    identity: env.TEMPLATE_IDENTITY,
    faq_answer: env.TEMPLATE_FAQ_ANSWER,
    longTerm: env.TEMPLATES_LONG_TERM === '1',
  })
  const registrations = registrationsCloudBase(db, outbox)
  const filings = filingsCloudBase(db, outbox, registrations.ofFilings)
  const idNumbers = idNumbersAes(parseDataKey(env.DATA_KEY))
  return {
    filings,
    registrations,
    insuranceCore: insuranceCoreFromEnv(env, { filings, idNumbers, clock }),
    invoiceVerification: invoiceVerificationFromEnv(env),
    claims: claimsCloudBase(db, outbox),
    hospitals: hospitalsCloudBase(db),
    files: fileStoreCloudBase(db, cloudStorageSdk(app)),
    outbox,
    lookUps: lookUpLogCloudBase(db),
    faqFeedback: faqFeedbackCloudBase(db),
    faqQuestions: faqQuestionsCloudBase(db, outbox),
    faqAdditions: faqAdditionsCloudBase(db),
    faqMisses: faqMissesCloudBase(db),
    staff: staffFromList(env.STAFF_OPENIDS, staffCloudBase(db)),
    idNumbers,
    clock,
    ids: randomIds,
    identities: identitiesCloudBase(db, outbox),
    // On CloudBase every caller is a WeChat account: faces are always checked.
    verification: wechatFaceVerification(wechatApiFromEnv(env)),
    authorisations: authorisationsCloudBase(db),
    audit: auditLogCloudBase(db),
  }
}

/** The caller is the WeChat OPENID of the invocation context, never a field of the event. */
export const callerFromContext = (context: unknown): string | undefined =>
  tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]).WX_OPENID || undefined

export const initCloudBase = (): CloudBaseApp => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })
