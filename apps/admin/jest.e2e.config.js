/**
 * Browser test of the whole product: embedded PostgreSQL (or DATABASE_URL_TEST) + the built API
 * serving the built console + headless Chromium driven by playwright-core.
 * Run with NODE_OPTIONS=--experimental-vm-modules.
 * @type {import('jest').Config}
 */
export default {
  displayName: 'admin-e2e',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  globalSetup: '<rootDir>/e2e/global-setup.js',
  globalTeardown: '<rootDir>/e2e/global-teardown.js',
  maxWorkers: 1,
  testTimeout: 180000,
};
