/**
 * The layers and what each may import; `npm run lint` fails on a violation. Type-only imports count
 * (tsPreCompilationDeps), because a type edge in the wrong place is where the next value import lands.
 */
const NODE_BUILTIN = { dependencyTypes: ['core'] }

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'shared-is-pure',
      comment: 'The policy core runs on the phone and in the cloud: only itself and zod.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', '^node_modules/zod/'] },
    },
    {
      name: 'app-not-backend',
      comment: 'Node code must never be bundled into the mini-program.',
      severity: 'error',
      from: { path: '^miniprogram/' },
      to: { path: ['^server/', '^cloudfunctions/', '^scripts/', '^test/'] },
    },
    { name: 'app-no-node', severity: 'error', from: { path: '^miniprogram/' }, to: NODE_BUILTIN },
    {
      name: 'ports-are-interfaces',
      comment: 'server/ports holds contracts only: no adapters, no Node, no use cases.',
      severity: 'error',
      from: { path: '^server/ports/' },
      to: { path: ['^server/(adapters|runtime|use-cases|functions)/'] },
    },
    { name: 'ports-no-node', severity: 'error', from: { path: '^server/ports/' }, to: NODE_BUILTIN },
    {
      name: 'use-cases-not-adapters',
      comment: 'Use cases see ports; the runtimes choose the adapters.',
      severity: 'error',
      from: { path: '^server/(use-cases|functions)/' },
      to: { path: ['^server/(adapters|runtime)/'] },
    },
    {
      name: 'adapters-not-inward',
      severity: 'error',
      from: { path: '^server/adapters/' },
      to: { path: ['^server/(use-cases|functions|runtime)/'] },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'Benchmarks may read the query sets kept with the tests; product code never does.',
      severity: 'error',
      from: { pathNot: '^(test|scripts)/|\\.test\\.ts$' },
      to: { path: ['^test/', '\\.test\\.ts$'] },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports and that imports nothing is dead code or a missing entry point.',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: [
          '\\.d\\.ts$',
          '\\.test\\.ts$',
          '(^|/)\\.[^/]+\\.(c?js|json)$',
          '\\.config\\.(ts|js)$',
          '^config/',
          '^scripts/',
          '^test/summary-reporter\\.js$',
          '^test/no-styles\\.js$',
          // Jest loads it by name from a test file's @jest-environment docblock.
          '^test/app/jsdom-node-fetch-environment\\.js$',
          '^cloudfunctions/',
          '^miniprogram/(app|index)\\.',
          // Taro resolves x.weapp.tsx in place of x.tsx for the mini-program: nothing imports it by that name.
          '^miniprogram/.+\\.weapp\\.tsx?$',
          '^miniprogram/(pages|packages)/.+/index\\.tsx$',
          // Taro picks a `.weapp.tsx` beside its web twin by file name in the weapp build: nothing imports it by name.
          '\\.weapp\\.tsx?$',
        ],
      },
      to: {},
    },
    { name: 'not-to-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules/', '^dist/', '^cloudfunctions/[^/]+/index\\.js$'] },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    // Stylesheets are imported for their side effect; the bundler resolves them.
    includeOnly: '\\.(ts|tsx|js|mjs|cjs)$',
  },
}
