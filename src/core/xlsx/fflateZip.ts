/** The pane's Zipper: fflate's zipSync, deflating every part. */
import { zipSync } from "fflate";
import { Zipper } from "./writeXlsx";

export const fflateZip: Zipper = (files) => zipSync(files, { level: 6 });
