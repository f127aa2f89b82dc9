/* eslint-disable no-undef */
// One page (taskpane.html) loads the custom functions and the task pane: that is what a shared
// runtime needs (see README, "Arsitektur"). The ribbon button is a ShowTaskpane action of that
// page, so no command code is needed.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { urlDev, urlProd, devServerPort } = require("./scripts/urls.cjs");
const { DEV, PROD, productionManifest } = require("./scripts/manifestVariants.cjs");
const { AssetsPlugin } = require("./scripts/lib/assetsPlugin.cjs");
const typeScript = require("./scripts/lib/webpackTypeScript.cjs");

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const config = {
    devtool: dev ? "source-map" : false,
    // Functions first: they register before the pane's code runs.
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    ...typeScript,
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      // The namespace the build's manifest gives the functions: formulas the pane writes use it.
      new webpack.DefinePlugin({
        __IKI_NAMESPACE__: JSON.stringify(dev ? DEV.namespace : PROD.namespace),
      }),
      new AssetsPlugin(
        dev
          ? {}
          : {
              "manifest.xml": (xml) => productionManifest(xml, urlDev, urlProd),
              "functions.json": (json) => json.split(urlDev).join(urlProd),
            },
        dev ? DEV.namespace : PROD.namespace
      ),
    ],
    performance: { hints: false },
    // One webpack runtime for the page's two entries: a module both use (the catalogue, React's
    // shared pieces) is loaded and evaluated once, and the active catalogue the pane sets is the
    // one the functions read (src/core/catalogue/activeKatalog.ts).
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all" } },
  };
  if (env && env.WEBPACK_SERVE) {
    config.devServer = {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      host: "localhost",
      port: devServerPort,
      hot: false,
      liveReload: false,
      client: false,
      server: { type: "https", options: await httpsOptions() },
    };
  }
  return config;
};

async function httpsOptions() {
  // Office only loads add-ins over HTTPS; office-addin-dev-certs makes a localhost certificate
  // and installs its CA. Where installing the CA is impossible (Linux without sudo) the
  // certificate files it generated are still used; the start script says how to trust them.
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const fs = require("fs");
    const { certificateDirectory, localhostCertificatePath, localhostKeyPath, caCertificatePath } =
      require("office-addin-dev-certs/lib/defaults");
    if (fs.existsSync(localhostCertificatePath) && fs.existsSync(localhostKeyPath)) {
      console.warn(`CA sertifikat pengembangan belum terpasang (${error.message.trim()}).`);
      console.warn(`Sertifikat dari ${certificateDirectory} tetap dipakai.`);
      return {
        cert: fs.readFileSync(localhostCertificatePath),
        key: fs.readFileSync(localhostKeyPath),
        ca: fs.readFileSync(caCertificatePath),
      };
    }
    throw error;
  }
}
