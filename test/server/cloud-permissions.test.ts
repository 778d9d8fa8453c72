// 云调用: a cloud function may call WeChat's subscribeMessage.send only if its config.json declares it
// (permissions.openapi). Which functions send is read from their code: any that reaches a use case writing
// notifications (or the reminder dispatcher); the others declare nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '..', '..')
const functionsDir = path.join(root, 'cloudfunctions')
const names = readdirSync(functionsDir).filter((name) => existsSync(path.join(functionsDir, name, 'src')))

const resolve = (from: string, specifier: string) => {
  const base = specifier.startsWith('@shared/')
    ? path.join(root, 'shared', specifier.slice('@shared/'.length))
    : path.resolve(path.dirname(from), specifier)
  return [`${base}.ts`, path.join(base, 'index.ts')].find(existsSync)
}

/** Every source file a function's entry reaches through relative and @shared imports. */
const reached = (entry: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(entry)) return seen
  seen.add(entry)
  if (/server\/(runtime|adapters)\//.test(entry)) return seen
  for (const [, specifier] of readFileSync(entry, 'utf8').matchAll(/from '((?:\.|@shared\/)[^']+)'/g)) {
    const file = resolve(entry, specifier)
    if (file) reached(file, seen)
  }
  return seen
}

/** The runtime and adapters every function shares are left out: what differs is the use cases it reaches. */
const sends = (name: string) =>
  [...reached(path.join(functionsDir, name, 'src', 'index.ts'))]
    .filter((file) => !/server\/(runtime|adapters)\//.test(file))
    .some((file) => /\bnotification\(call|^export const remindSupplements/m.test(readFileSync(file, 'utf8')))

const permissionsOf = (name: string): string[] => {
  const file = path.join(functionsDir, name, 'config.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).permissions?.openapi ?? []) : []
}

test('the functions that send messages are found', () => {
  expect(names.filter(sends).sort()).toEqual(['filing', 'register', 'remind', 'staff'])
})

test.each(names.map((name) => [name, sends(name)] as const))(
  '%s declares subscribeMessage.send exactly when it sends (%s)',
  (name, sending) => {
    expect(permissionsOf(name)).toEqual(sending ? ['subscribeMessage.send'] : [])
  },
)
