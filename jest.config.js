/**
 * Three projects: unit tests of the shared packages, the API's unit and integration tests (against a
 * real PostgreSQL, see jest/database-setup.ts), and the browser tests (apps/web/e2e).
 */
const transform = { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const shared = {
  transform,
  // ESM-only code Jest must transform: the Prisma query compiler loader and the API reference page.
  transformIgnorePatterns: ['/node_modules/(?!(@prisma/client/runtime|@prisma/client-runtime-utils|@scalar|github-slugger)/)'],
  moduleNameMapper: { '^@vigil/(contracts|config|db)$': '<rootDir>/packages/$1/src' },
  resolver: '<rootDir>/jest/resolver.js',
  testEnvironment: 'node',
};

module.exports = {
  // Integration and browser tests do real work (hashing, databases, a browser); none is timed.
  testTimeout: 90_000,
  projects: [
    { ...shared, displayName: 'packages', testMatch: ['<rootDir>/packages/*/src/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'api',
      testMatch: ['<rootDir>/apps/api/src/**/*.test.ts'],
      globalSetup: '<rootDir>/jest/database-setup.ts',
      globalTeardown: '<rootDir>/jest/database-teardown.ts',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/web/e2e/**/*.e2e.ts'],
      globalSetup: '<rootDir>/jest/stack-setup.ts',
      globalTeardown: '<rootDir>/jest/stack-teardown.ts',
    },
  ],
};
