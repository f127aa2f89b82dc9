/* eslint-disable no-undef */
// How every webpack build of this project (add-in, demo, bench:pane baseline) reads TypeScript:
// ts-loader transpiling only; type checking is `npm run typecheck`.
module.exports = {
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
    ],
  },
};
