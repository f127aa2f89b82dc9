// The one place that says where the add-in is served. Production builds replace every
// occurrence of urlDev with urlProd in manifest.xml and functions.json.
// ASISTEN_IKI_URL sets the production HTTPS host (default below); a missing trailing "/" is
// added, anything that is not an https URL stops the build with a message.
// DEV_SERVER_PORT sets the development server's port (default 3000, package.json config).
const DEFAULT_PROD_URL = "https://asisten-iki.lumajangkab.go.id/";

function portFrom(value, fallback, name) {
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name}=${value} bukan nomor port (1-65535).`);
  }
  return port;
}

/** ASISTEN_IKI_URL normalised ("https://host/path/"), or an Error explaining what is wrong. */
function productionUrl(value) {
  if (value === undefined || value.trim() === "") return DEFAULT_PROD_URL;
  const text = value.trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `ASISTEN_IKI_URL="${value}" bukan URL. Contoh: ASISTEN_IKI_URL=https://iki.contoh.go.id/`
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ASISTEN_IKI_URL="${value}" harus https (Office hanya memuat add-in lewat https).`
    );
  }
  if (url.search || url.hash)
    throw new Error(`ASISTEN_IKI_URL="${value}" tidak boleh memuat ? atau #.`);
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

let devServerPort;
let urlProd;
try {
  devServerPort = portFrom(
    process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port,
    3000,
    "DEV_SERVER_PORT"
  );
  urlProd = productionUrl(process.env.ASISTEN_IKI_URL);
} catch (e) {
  // A build or server started with a wrong setting stops here, with one line and no stack trace.
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
const urlDev = `https://localhost:${devServerPort}/`;
module.exports = { urlDev, urlProd, devServerPort, productionUrl, DEFAULT_PROD_URL };
