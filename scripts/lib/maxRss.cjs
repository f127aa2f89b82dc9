// Preloaded into a benchmarked process (`node --require`): writes its peak memory (KB) to the
// file named by IKI_MAXRSS when it exits, so a benchmark can compare whole processes' memory.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.IKI_MAXRSS) writeFileSync(process.env.IKI_MAXRSS, String(process.resourceUsage().maxRSS));
});
