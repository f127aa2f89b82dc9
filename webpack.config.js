/* eslint-disable no-undef */
// One page (taskpane.html) loads the task pane, the custom functions and the ribbon commands:
// that is what a shared runtime needs (see README, "Arsitektur").
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { urlDev, urlProd, devServerPort } = require("./scripts/urls.cjs");

/** Replaces every occurrence (global, not just the first) of the dev URL in the emitted text assets. */
class ReplaceUrlPlugin {
  constructor(from, to, files) {
    this.from = from;
    this.to = to;
    this.files = files;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ReplaceUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ReplaceUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          for (const file of this.files) {
            const asset = compilation.getAsset(file);
            if (!asset) continue;
            const text = asset.source.source().toString().split(this.from).join(this.to);
            compilation.updateAsset(file, new sources.RawSource(text));
          }
        }
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only needs transpiling.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "README.md", to: "README.md" },
        ],
      }),
      ...(dev ? [] : [new ReplaceUrlPlugin(urlDev, urlProd, ["manifest.xml", "functions.json"])]),
    ],
    performance: { hints: false },
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
