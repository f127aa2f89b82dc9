/* eslint-disable no-undef */
// The browser demo (`npm run demo`): the real task pane against the in-memory fake Excel,
// built to dist-demo/. functions.json is generated from the same JSDoc as the add-in's.
const path = require("path");
const typeScript = require("./scripts/lib/webpackTypeScript.cjs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { AssetsPlugin } = require("./scripts/lib/assetsPlugin.cjs");
const { urlDev } = require("./scripts/urls.cjs");
const { PROD } = require("./scripts/manifestVariants.cjs");

module.exports = (_env, options) => ({
  mode: options.mode || "production",
  devtool: false,
  entry: { demo: "./src/dev/demo.tsx" },
  output: { path: path.resolve(__dirname, "dist-demo"), filename: "[name].js", clean: true },
  ...typeScript,
  plugins: [
    new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
    new HtmlWebpackPlugin({ filename: "index.html", template: "./src/dev/demo.html", chunks: ["demo"] }),
    // The help links point at the demo's own help.html, not at the development server's address.
    new AssetsPlugin({ "functions.json": (json) => json.split(urlDev).join("") }, PROD.namespace),
  ],
  performance: { hints: false },
});
