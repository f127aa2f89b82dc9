import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";

/** The progress of a check (its own chunk, fetched while the pane is idle). */
const CheckProgress: React.FC<{ value: number | undefined; text: string }> = ({ value, text }) => (
  <Field validationMessage={text} validationState="none">
    <ProgressBar value={value} aria-label="Kemajuan pemeriksaan" />
  </Field>
);

export default CheckProgress;
