/* Values with a data type, as Excel can pass them to `any` parameters (issue #12, section 7). */
import * as IKI from "../../../src/functions/functions";
import { unwrapValues } from "../../../src/core/excelDataTypes";
import { first, messageOf, shown } from "./shown";

const double = (basicValue: number) => ({ type: "Double", basicValue });
const entity = { type: "Entity", text: "Lumajang", properties: { Populasi: { type: "Double", basicValue: 1_100_000 } } };

describe("data-type values", () => {
  it("basic values are unwrapped: the answer is the plain one", () => {
    expect(shown(IKI.persen([[double(25)]], [[double(50)]]))).toEqual(shown(IKI.persen([[25]], [[50]])));
    expect(shown(IKI.persen([[{ type: "FormattedNumber", basicValue: 3, numberFormat: "0.0" }]], [[{ type: "String", basicValue: "4" }]]))).toEqual(
      shown(IKI.persen([[3]], [["4"]]))
    );
    expect(shown(IKI.batasWaktu({ type: "String", basicValue: "APBDES" }, double(2024)))).toEqual(shown(IKI.batasWaktu("APBDES", 2024)));
    expect(shown(IKI.rataRata([[[double(2), double(4)]], [[{ type: "Empty" }]]]))).toEqual(shown(IKI.rataRata([[[2, 4]]])));
  });

  it("an entity gives #VALUE! saying to pick one of its properties", () => {
    const r = first(IKI.persen([[entity]], [[10]]));
    expect(shown(r)).toBe("#VALUE!");
    expect(messageOf(r)).toMatch(/tipe data "Lumajang".*=A1\.Nilai/);
    expect(shown(IKI.batasWaktu("APBDES", entity))).toBe("#VALUE!");
  });

  it("an error value keeps its code", () => {
    expect(shown(first(IKI.capaian([[{ type: "Error", errorType: "Div0" }]], [[10]])))).toBe("#DIV/0!");
  });

  it("plain ranges are passed through without a copy", () => {
    const big = Array.from({ length: 1000 }, (_, i) => [i, String(i), null]);
    expect(unwrapValues(big)).toBe(big);
  });
});
