/*
 * The built-in catalogue is loaded on demand in the add-in (src/core/catalogue/activeKatalog.ts);
 * the tests load it first, so the functions that need it answer at once, as they do in Excel
 * after the first moments. test/unit/functions/activeKatalog.test.ts covers the moments before.
 */
import { loadBuiltInKatalog } from "../../src/core/catalogue/activeKatalog";

beforeAll(() => loadBuiltInKatalog());
