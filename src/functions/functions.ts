/*
 * The IKI.* cell functions. Each is a thin wrapper over src/core; this file is the only input of
 * custom-functions-metadata-plugin, which generates functions.json from the JSDoc below and appends
 * the CustomFunctions.associate(...) calls itself (never call associate here).
 *
 * Parameters are declared `any` / `any[][]` so Excel hands over blanks and text unchanged
 * (a `number` parameter would turn a blank cell into 0).
 */
import { CellMatrix, CellScalar } from "../core/cellValues";
import { asMatrix } from "../core/matrix";
import { persenMatrix } from "../core/measures/persen";
import { ExcelCell, guard, toExcelMatrix } from "./excelErrors";

/**
 * Persentase: pembilang dibagi penyebut dikali 100. Menerima angka, teks angka ("12,5", "1.234,5") dan rentang berukuran sama (hasil per sel, tumpah/spill). Sel kosong menghasilkan sel kosong; penyebut nol menghasilkan #DIV/0!.
 * @customfunction PERSEN
 * @helpurl https://localhost:3000/README.md#fungsi-iki
 * @param pembilang Angka atau rentang pembilang, mis. jumlah desa yang menetapkan APBDes tepat waktu.
 * @param penyebut Angka atau rentang penyebut (ukuran sama dengan pembilang, atau satu sel), mis. jumlah desa.
 * @param [desimal] Opsional: jumlah angka di belakang koma untuk pembulatan hasil.
 * @returns Persentase (pembilang / penyebut x 100) untuk tiap sel.
 */
export function persen(pembilang: any[][], penyebut: any[][], desimal?: any): any[][] {
  return guard<ExcelCell[][]>(
    () =>
      toExcelMatrix(
        persenMatrix(
          asMatrix<CellScalar>(pembilang) as CellMatrix,
          asMatrix<CellScalar>(penyebut) as CellMatrix,
          desimal as CellScalar
        )
      ),
    (error) => [[error]]
  );
}
