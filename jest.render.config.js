// Rendering tests (`npm run test:render`): templates written by iki-cek, printed to PDF by
// LibreOffice headless and read back with poppler (Debian: libreoffice-calc-nogui,
// poppler-utils, fonts-crosextra-carlito; .ci/run installs them).
/** @type {import('jest').Config} */
module.exports = {
  moduleNameMapper: require("./test/support/moduleMap.cjs"),
  displayName: "render",
  testEnvironment: "node",
  roots: ["<rootDir>/test/render"],
  testMatch: ["**/*.render.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node" } }] },
  testTimeout: 180000,
  maxWorkers: 1,
};
