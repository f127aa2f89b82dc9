// Opt-in suite (`npm run test:seeds`): checks that need the original seed documents, read from
// ../shared/seeds or IKI_SEEDS_DIR by the tests themselves (scripts/test-seeds.mjs skips the
// run, saying so, when they are absent). `npm test` never reads them.
/** @type {import('jest').Config} */
module.exports = {
  moduleNameMapper: require("./test/support/moduleMap.cjs"),
  displayName: "seeds",
  testEnvironment: "node",
  roots: ["<rootDir>/test/seeds"],
  testMatch: ["**/*.seeds.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node" } }] },
};
