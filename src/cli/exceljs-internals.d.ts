// exceljs's Worksheet class, patched by exceljsGuards.ts (exceljs 4.4 ships no types for it).
declare module "exceljs/lib/doc/worksheet.js" {
  const Worksheet: { prototype: object };
  export default Worksheet;
}
