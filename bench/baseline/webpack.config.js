/* eslint-disable no-undef */
// The baseline page of `npm run bench:pane`, built like the add-in (same loader, mode, minifier).
const path = require("path");
const typeScript = require("../../scripts/lib/webpackTypeScript.cjs");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = {
  mode: "production",
  devtool: false,
  entry: { baseline: path.join(__dirname, "index.tsx") },
  output: { path: path.resolve(__dirname, "../../dist-bench/baseline"), filename: "[name].js", clean: true },
  ...typeScript,
  plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: path.join(__dirname, "index.html") })],
  performance: { hints: false },
};
