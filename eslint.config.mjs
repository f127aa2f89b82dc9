// office-addin-lint reads this file (an .eslintrc.json would be ignored).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser },
    settings: { react: { version: "19" } },
    rules: {
      // TypeScript already resolves every identifier; no-undef only misreads globals and types.
      "no-undef": "off",
      // Likewise unused names: tsc (noUnusedLocals, noUnusedParameters) checks them, and the
      // base rule misreads parameter names in type signatures.
      "no-unused-vars": "off",
      // React 19 with the automatic JSX runtime needs no React in scope.
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    // The command line reads .xlsx with exceljs, whose row/cell objects look like Office.js
    // proxies to the Office rules but need no load()/sync().
    files: ["src/cli/**/*.ts", "src/core/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
];
