/* eslint-disable no-undef */
// The webpack plugin both builds share (webpack.config.js, webpack.demo.config.js).
const { renderHelpPage } = require("./helpPage.cjs");

/**
 * Rewrites emitted text assets: `edits` maps a file name to a function of its text. Production
 * gives manifest.xml its production identity and URLs (scripts/manifestVariants.cjs) and replaces
 * every occurrence of the dev URL in functions.json; every build renders help.html from
 * functions.json.
 */
class AssetsPlugin {
  constructor(edits, namespace) {
    this.edits = edits;
    this.namespace = namespace;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AssetsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          for (const [file, edit] of Object.entries(this.edits)) {
            const asset = compilation.getAsset(file);
            if (!asset) continue;
            const text = edit(asset.source.source().toString());
            compilation.updateAsset(file, new sources.RawSource(text));
          }
          const functions = compilation.getAsset("functions.json");
          if (functions) {
            const list = JSON.parse(functions.source.source().toString()).functions;
            compilation.emitAsset("help.html", new sources.RawSource(renderHelpPage(list, this.namespace)));
          }
        }
      );
    });
  }
}

module.exports = { AssetsPlugin };
