/**
 * Unit and component tests (jsdom). Run with NODE_OPTIONS=--experimental-vm-modules:
 * the package is ESM, like react-admin and the domain package.
 * @type {import('jest').Config}
 */
export default {
  displayName: 'admin',
  testEnvironment: '<rootDir>/test/jsdom-environment.cjs',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '\\.(css|svg|png)$': '<rootDir>/test/file-stub.cjs',
  },
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        useESM: true,
        tsconfig: '<rootDir>/tsconfig.json',
        // type-checking is `npm run typecheck`'s job; tests only need the transpiled code
        diagnostics: false,
      },
    ],
  },
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/test/setup-tests.ts'],
  testTimeout: 20000,
};
