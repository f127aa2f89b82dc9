import fc from "fast-check";
import * as IKI from "../../../src/functions/functions";
import { CellError } from "../../../src/core/cellValues";
import {
  capaian as capaianCore,
  pertumbuhan as pertumbuhanCore,
} from "../../../src/core/measures/capaian";
import { persen as persenCore } from "../../../src/core/measures/persen";
import { messageOf, shown } from "./shown";

/** Anything a cell (or a careless caller) can hand over. */
const cell = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.NaN, Infinity, -Infinity),
  fc.string(),
  fc.constantFrom(
    "12,5",
    "1.234,5",
    "85%",
    "-",
    "",
    " ",
    "0",
    "0,0",
    "1e5",
    "negatif",
    "turun",
    "30/09/2024"
  ),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom({ code: "#N/A" }, { code: "#REF!" }, {}, [], [[1]])
);
const grid = fc.array(fc.array(cell, { minLength: 0, maxLength: 3 }), {
  minLength: 0,
  maxLength: 3,
});
const arg = fc.oneof(cell, grid);

/** A well-formed cell result: a finite number, a text, or an error value with a code. */
function wellFormed(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v === "string") return true;
  if (v instanceof CellError) return true;
  return !!v && typeof v === "object" && typeof (v as { code?: unknown }).code === "string";
}

/** The wrapper answered without its last-resort guard (which reports an internal error). */
function noInternalError(result: unknown): boolean {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  return cells.every(
    (c) => wellFormed(c) && !String(messageOf(c) ?? "").includes("Kesalahan internal")
  );
}

describe("the core functions never throw and always answer a cell value", () => {
  it("PERSEN", () => {
    fc.assert(
      fc.property(cell, cell, (a, b) => wellFormed(persenCore(a as never, b as never))),
      { numRuns: 2000 }
    );
  });
  it("CAPAIAN", () => {
    fc.assert(
      fc.property(
        cell,
        cell,
        fc.constantFrom("positif", "negatif") as fc.Arbitrary<"positif" | "negatif">,
        (a, b, p) => wellFormed(capaianCore(a, b, p))
      ),
      { numRuns: 2000 }
    );
  });
  it("PERTUMBUHAN", () => {
    fc.assert(
      fc.property(cell, cell, (a, b) => wellFormed(pertumbuhanCore(a, b))),
      { numRuns: 2000 }
    );
  });
});

describe("the wrappers never throw, on cells and on ranges of any shape", () => {
  it("PERSEN, CAPAIAN, PERTUMBUHAN", () => {
    fc.assert(
      fc.property(arg, arg, arg, (a, b, c) => {
        const x = a as never;
        const y = b as never;
        const z = c as never;
        return (
          noInternalError(IKI.persen(x, y, z)) &&
          noInternalError(IKI.capaian(x, y, z)) &&
          noInternalError(IKI.capaian(x, y)) &&
          noInternalError(IKI.pertumbuhan(x, y))
        );
      }),
      { numRuns: 1000 }
    );
  });

  it("every other function", () => {
    fc.assert(
      fc.property(arg, arg, arg, (a, b, c) => {
        const x = a as never;
        const y = b as never;
        const z = c as never;
        return [
          IKI.penurunan(x, y),
          IKI.tepatWaktu(x, y, z),
          IKI.statusWaktu(x, y, z),
          IKI.batasWaktu(x, y),
          IKI.rataRata([x, y] as never),
          IKI.rataRata(x),
          IKI.ikm(x),
          IKI.mutuIkm(x),
          IKI.predikat(x),
          IKI.rumus(x),
          IKI.katalog(x, y),
        ].every(noInternalError);
      }),
      { numRuns: 300 }
    );
  });
});

describe("relations between the measures", () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const nonZero = finite.filter((x) => Math.abs(x) > 1e-6);

  it("CAPAIAN with positive polarity is PERSEN", () => {
    fc.assert(
      fc.property(finite, nonZero, (r, t) => {
        const a = IKI.capaian([[r]], [[t]])[0][0] as number;
        const b = IKI.persen([[r]], [[t]])[0][0] as number;
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
      })
    );
  });

  it("CAPAIAN with negative polarity is never below 0", () => {
    fc.assert(
      fc.property(
        finite,
        nonZero,
        (r, t) => (IKI.capaian([[r]], [[t]], [["negatif"]])[0][0] as number) >= 0
      )
    );
  });

  it("PENURUNAN is minus PERTUMBUHAN", () => {
    fc.assert(
      fc.property(finite, nonZero, (n, s) => {
        const up = IKI.pertumbuhan([[n]], [[s]])[0][0] as number;
        const down = IKI.penurunan([[n]], [[s]])[0][0] as number;
        return up === -down || Math.abs(up + down) <= 1e-9 * Math.abs(up);
      })
    );
  });

  it("a blank realisasi or target is always a blank capaian", () => {
    fc.assert(
      fc.property(
        finite,
        fc.constantFrom(null, "", "  ", undefined),
        fc.boolean(),
        (x, blank, left) => {
          const result = left ? IKI.capaian([[blank]], [[x]]) : IKI.capaian([[x]], [[blank]]);
          return shown(result[0][0]) === "";
        }
      )
    );
  });
});
