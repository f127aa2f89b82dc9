/* Regenerates test/golden/rumus-kinds.json; review the diff before committing. */
import { writeFileSync } from "node:fs";
import { defaultKatalog } from "../src/core/catalogue/loadKatalog";
import { rumusGolden } from "./lib/rumusGolden";

writeFileSync("test/golden/rumus-kinds.json", JSON.stringify(rumusGolden(defaultKatalog()), null, 2) + "\n");
console.log("test/golden/rumus-kinds.json ditulis.");
