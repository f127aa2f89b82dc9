// The two identities of the add-in, as data. manifest.xml is the development one (served from
// localhost, sideloaded by `npm start`); `npm run build` (production) writes dist/manifest.xml
// with the production identity. Office must not see them as one add-in: a developer who has
// both installed gets two entries ("Asisten IKI (dev)" and "Asisten IKI"), two ribbon buttons
// and two function namespaces (=IKIDEV.PERSEN and =IKI.PERSEN), never one overwriting the other.
const DEV = {
  id: "3b7e9c21-5d4a-4f6e-8a1b-2c3d4e5f6a7b",
  displayName: "Asisten IKI (dev)",
  namespace: "IKIDEV",
};
const PROD = {
  id: "6f1c2d4e-8a3b-4c5d-9e7f-1a2b3c4d5e6f",
  displayName: "Asisten IKI",
  namespace: "IKI",
};

function replaceExactlyOnce(text, from, to, what) {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`manifest.xml: ${what} ("${from}") harus muncul tepat sekali.`);
  return parts.join(to);
}

/** The production manifest from the development one: URLs, Id, names and namespace. */
function productionManifest(xml, urlDev, urlProd) {
  let out = xml.split(urlDev).join(urlProd);
  out = replaceExactlyOnce(out, `<Id>${DEV.id}</Id>`, `<Id>${PROD.id}</Id>`, "Id");
  out = replaceExactlyOnce(
    out,
    `<DisplayName DefaultValue="${DEV.displayName}" />`,
    `<DisplayName DefaultValue="${PROD.displayName}" />`,
    "DisplayName"
  );
  out = replaceExactlyOnce(
    out,
    `<bt:String id="Functions.Namespace" DefaultValue="${DEV.namespace}" />`,
    `<bt:String id="Functions.Namespace" DefaultValue="${PROD.namespace}" />`,
    "Functions.Namespace"
  );
  // The ribbon labels say "(dev)" too.
  return out.split(`DefaultValue="${DEV.displayName}"`).join(`DefaultValue="${PROD.displayName}"`);
}

module.exports = { DEV, PROD, productionManifest };
