import path from 'node:path'
import { UPLOAD_QUOTA } from '@shared/policy/uploads'
import { wechatApiFromEnv } from '../adapters/wechat/wechat-api'
import { wechatSession } from '../adapters/wechat/wechat-session.wechat'
import { forgetOldFaqText } from '../use-cases/faq/forget-old-text'
import { removeUnattachedUploads } from '../use-cases/uploads'
import { preparePrivateDataDir } from './data-dir'
import { ensureH5 } from './h5-build'
import { createHttpRuntime } from './http-runtime'
import { openLocalStore } from './local-store'
import { deliveryFromEnv, startRegistrations } from './registration-timer'
import { startReminders } from './reminder-timer'
import { batchedLog } from './request-log'
import { holdServerLock } from './server-lock'
import { sessionSecretFrom, sessionTokens } from './session-token'

const root = path.resolve(__dirname, '..', '..')
const port = Number(process.env.PORT ?? 8787)
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data')
const production = process.env.NODE_ENV === 'production'
const { log, record, flush: flushLog } = batchedLog((text) => process.stdout.write(text))

preparePrivateDataDir(dataDir, log)
const releaseLock = holdServerLock(dataDir)
const store = openLocalStore({
  dataDir,
  dataKey: process.env.DATA_KEY,
  staffOpenids: process.env.STAFF_OPENIDS,
  backgroundCheckpoints: true,
  insuranceCoreEnv: process.env,
  invoiceVerifyEnv: process.env,
})
let open = true
const reminders = startReminders(store.ports, log)
const registrations = startRegistrations(store.ports, log, deliveryFromEnv(process.env))
const h5 = ensureH5(root, log, process.env.BUILD_H5 !== '0')
const server = createHttpRuntime({
  ports: store.ports,
  uploadQuota: {
    filesPerDay: Number(process.env.UPLOADS_PER_DAY ?? UPLOAD_QUOTA.filesPerDay),
    bytesPerDay:
      Number(process.env.UPLOAD_MB_PER_DAY ?? UPLOAD_QUOTA.bytesPerDay / 1024 / 1024) * 1024 * 1024,
  },
  staticDir: h5.staticDir,
  production,
  sessions: {
    tokens: sessionTokens(sessionSecretFrom(process.env)),
    wechat: wechatSession(wechatApiFromEnv(process.env)),
  },
  healthy: () => open,
  log,
  logRequest: record,
})

// Uploads never attached are removed after the retention period: checked at start and every hour.
const sweepUploads = () =>
  removeUnattachedUploads(store.ports).then(
    (removed) => removed > 0 && log(`removed ${removed} uploads never attached to a filing or claim`),
    (error) => log(`upload clean-up failed: ${error instanceof Error ? error.message : error}`),
  )
// What people typed into 政策问答 is kept only as long as RETENTION.faqText says: the same hourly sweep.
const sweepFaqText = () =>
  forgetOldFaqText(store.ports).then(
    ({ feedbackQueries, missedQueries, answeredQuestions }) =>
      feedbackQueries + missedQueries + answeredQuestions > 0 &&
      log(
        `forgot the words of ${feedbackQueries} FAQ votes, ${missedQueries} FAQ searches that found nothing and ${answeredQuestions} answered FAQ questions`,
      ),
    (error) => log(`FAQ text clean-up failed: ${error instanceof Error ? error.message : error}`),
  )
const sweep = () => {
  sweepUploads()
  sweepFaqText()
}
sweep()
const sweeper = setInterval(sweep, 3_600_000)
sweeper.unref()

server.listen(port, '127.0.0.1', () => {
  log(`listening on http://127.0.0.1:${port} (data in ${dataDir}${production ? ', production' : ''})`)
})

const shutdown = (signal: string) => {
  log(`${signal}: finishing in-flight requests`)
  clearInterval(sweeper)
  h5.stop()
  server.close(async () => {
    open = false
    await reminders.stop()
    await registrations.stop()
    await store.close()
    releaseLock()
    log('database closed; bye')
    flushLog()
    process.exit(0)
  })
  server.closeIdleConnections()
  // Keep-alive clients that never go idle must not hold the process forever.
  setTimeout(() => server.closeAllConnections(), 10_000).unref()
}
process.once('SIGTERM', () => shutdown('SIGTERM'))
process.once('SIGINT', () => shutdown('SIGINT'))
