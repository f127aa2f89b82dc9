// Unit and component tests (`npm test`). The browser end-to-end tests have their own
// config (jest.e2e.config.js) because they need a production build and Chromium.
const moduleMap = require("./test/support/moduleMap.cjs");
const tsJest = ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" } }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test/unit"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv: ["<rootDir>/test/support/preloadKatalog.ts"],
      moduleNameMapper: {
        // office-addin-manifest's ESM-only dependency breaks under jest (see shared/notes/toolchain.md).
        "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
        ...moduleMap,
      },
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test/ui"],
      setupFiles: ["<rootDir>/test/support/jsdomSetup.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/support/uiTimeouts.ts", "<rootDir>/test/support/preloadKatalog.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper: moduleMap,
    },
  ],
};
