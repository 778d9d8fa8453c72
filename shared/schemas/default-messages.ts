/**
 * Chinese for the checks a schema states without its own message (a list's length, a number's range, a
 * field of the wrong kind): every message a person can see is Chinese, whichever check refused.
 */
interface Issue {
  code?: string
  origin?: string
  minimum?: unknown
  maximum?: unknown
  input?: unknown
}

const bound = (issue: Issue, big: boolean): string => {
  const limit = String(big ? issue.maximum : issue.minimum)
  switch (issue.origin) {
    case 'array':
    case 'set':
      return big ? `最多 ${limit} 项` : `至少 ${limit} 项`
    case 'string':
      return big ? `不能超过 ${limit} 个字` : `至少 ${limit} 个字`
    default:
      return big ? `不能大于 ${limit}` : `不能小于 ${limit}`
  }
}

export const chineseMessage = (issue: Issue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? '缺少必填的内容' : '内容的类型不正确'
    case 'too_big':
      return `内容过多：${bound(issue, true)}`
    case 'too_small':
      return `内容不足：${bound(issue, false)}`
    case 'unrecognized_keys':
      return '包含不支持的字段'
    case 'invalid_format':
      return '格式不正确'
    case 'not_multiple_of':
      return '数值不正确'
    default:
      return '内容不正确'
  }
}
