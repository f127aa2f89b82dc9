// Packages jest (CommonJS) must load from another file than the one their "exports" name; shared
// by every jest config.
module.exports = {
  // saxen 11 exports only its ES module; it still ships the CommonJS build jest needs.
  "^saxen$": "<rootDir>/node_modules/saxen/dist/index.cjs",
};
