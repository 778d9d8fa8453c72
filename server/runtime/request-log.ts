/**
 * One line per request, written in batches: a synchronous write per request to a log file stalled the event
 * loop under load (bench:api p99 several ms higher). At most `flushMs` of lines is at risk in a crash.
 */
export const batchedLog = (write: (text: string) => void, flushMs = 100) => {
  let pending: string[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    if (pending.length === 0) return
    const text = pending.join('')
    pending = []
    write(text)
  }
  const log = (line: string) => {
    pending.push(`${new Date().toISOString()} ${line}\n`)
    timer ??= setTimeout(flush, flushMs)
  }
  return { log, flush }
}
