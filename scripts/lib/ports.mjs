// Port checks for `npm start` and `npm run demo`: a port in use gets one Indonesian line that
// names the port and the variable that changes it, never a stack trace.
import net from "node:net";

/** The one-line message for a port that is taken. */
export function portInUseMessage(port, variable, command) {
  return `Port ${port} sudah dipakai program lain. Hentikan program itu, atau pilih port lain: ${variable}=${port + 1} ${command}`;
}

/** Resolves when `port` can be listened on at `host`; otherwise prints the message and exits 2. */
export function ensurePortFree(port, host, variable, command) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") {
        console.error(portInUseMessage(port, variable, command));
        process.exit(2);
      }
      resolve(); // another problem (no IPv6, ...): let the server itself report it
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
