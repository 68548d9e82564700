/**
 * Four projects: unit tests of the shared packages, the API's unit and integration tests (against a
 * real PostgreSQL, see jest/database-setup.ts), the dashboard's pure functions, and the browser tests
 * (apps/web/e2e).
 */
const transform = { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const shared = {
  transform,
  // ESM-only code Jest must transform: the Prisma query compiler loader, the API reference page, and
  // file-type with its dependencies (evidence uploads).
  transformIgnorePatterns: ['/node_modules/(?!(@prisma/client/runtime|@prisma/client-runtime-utils|@scalar|github-slugger|file-type|strtok3|token-types|peek-readable|@tokenizer|uint8array-extras|@borewit)/)'],
  moduleNameMapper: {
    '^@vigil/(contracts|config|db)$': '<rootDir>/packages/$1/src',
    '^@vigil/contracts/enums$': '<rootDir>/packages/contracts/src/enums',
    // file-type exports no "require" condition; point Jest's CommonJS resolver at its Node entry.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  },
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
    // Pure functions of the dashboard (no browser, no server).
    {
      ...shared,
      displayName: 'web',
      testMatch: ['<rootDir>/apps/web/src/**/*.test.ts'],
      moduleNameMapper: { ...shared.moduleNameMapper, '^@/(.*)$': '<rootDir>/apps/web/src/$1' },
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
