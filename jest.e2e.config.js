// Browser end-to-end tests (`npm run test:e2e`): the built dist/ served on 127.0.0.1 and
// rendered in Debian's Chromium through playwright-core.
/** @type {import('jest').Config} */
module.exports = {
  moduleNameMapper: require("./test/support/moduleMap.cjs"),
  displayName: "e2e",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  globalSetup: "<rootDir>/test/support/e2eGlobalSetup.ts",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node" } }] },
  testTimeout: 60000,
  maxWorkers: 1,
};
