// docs/api.md is the contract outside clients read: every error code the server can answer is named there
// with the HTTP status the runtime gives it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ERROR_CODES } from '@shared/result'
import { STATUS_OF_CODE } from '../../server/functions/envelope'

const contract = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'api.md'), 'utf8').replace(
  /\s+/g,
  ' ',
)

test.each(ERROR_CODES)('%s is in docs/api.md with its HTTP status', (code) => {
  expect(contract).toContain(`${STATUS_OF_CODE[code]} \`${code}\``)
  expect(contract.split('## Envelope')[1]).toContain(`\`${code}\``)
})
