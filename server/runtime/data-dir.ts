import { existsSync, mkdirSync, statSync } from 'node:fs'

/**
 * DATA_DIR holds names, phones, addresses and diagnoses: created readable by the server's account only. An
 * existing folder is left as the operator made it, with a warning when other accounts can read it.
 */
export const preparePrivateDataDir = (dataDir: string, warn: (line: string) => void) => {
  if (!existsSync(dataDir)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    return
  }
  const mode = statSync(dataDir).mode & 0o777
  if ((mode & 0o077) !== 0)
    warn(
      `warning: DATA_DIR ${dataDir} is mode ${mode.toString(8)}: other local accounts can read personal data; run chmod 700 on it`,
    )
}
