// The one place that says where the add-in is served. Production builds replace every
// occurrence of urlDev with urlProd in manifest.xml and functions.json.
// Set ASISTEN_IKI_URL (ending with "/") to build for your own HTTPS host.
const devServerPort = Number(process.env.npm_package_config_dev_server_port || 3000);
const urlDev = `https://localhost:${devServerPort}/`;
const urlProd = process.env.ASISTEN_IKI_URL || "https://asisten-iki.lumajangkab.go.id/";
module.exports = { urlDev, urlProd, devServerPort };
