import base from './jest.config.js';

/**
 * `npm run test:unit`: the loop a maintainer runs after every change. No bundling and no end-to-end
 * tests: the action's tests run the built dist/ under Node 24, the crash test kills the built CLI again
 * and again, the restart test bundles a server, the artifact-service test starts an Azure emulator.
 * `npm test` runs them all (what CI runs).
 */
export default {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/action/',
    '<rootDir>/test/core/crash\\.test\\.ts$',
    '<rootDir>/test/server/restart\\.test\\.ts$',
    '<rootDir>/test/servers/artifact-service\\.test\\.ts$',
    '<rootDir>/test/backends/proxy\\.test\\.ts$',
  ],
};
