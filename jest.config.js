/** Each project is one layer; all share the TypeScript transform and the @shared alias. */
const base = {
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1' },
  testEnvironment: 'node',
}

module.exports = {
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  projects: [
    {
      ...base,
      displayName: 'core',
      testMatch: ['<rootDir>/shared/**/*.test.ts', '<rootDir>/test/core/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'server',
      testMatch: ['<rootDir>/server/**/*.test.ts', '<rootDir>/test/server/**/*.test.ts'],
    },
    { ...base, displayName: 'faq', testMatch: ['<rootDir>/test/faq/**/*.test.ts'] },
    // The app's pure logic (form drafts, labels), beside the code: no build, no browser. A test that imports a
    // page's step table (its screens included) stands Taro in with jest.mock; the styles are nothing here.
    {
      ...base,
      displayName: 'front',
      testMatch: ['<rootDir>/miniprogram/**/*.test.ts'],
      moduleNameMapper: { ...base.moduleNameMapper, '\\.scss$': '<rootDir>/test/no-styles.js' },
    },
    { ...base, displayName: 'app', testMatch: ['<rootDir>/test/app/**/*.test.ts'] },
  ],
}
