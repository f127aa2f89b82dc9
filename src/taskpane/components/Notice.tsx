import * as React from "react";
import { Text } from "@fluentui/react-components";
import { printable } from "../../core/printable";

const NoticeBar = React.lazy(() => import(/* webpackChunkName: "pesan" */ "./NoticeBar"));

export interface NoticeValue {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

export interface NoticeProps {
  notice: NoticeValue | undefined;
  /** Moves keyboard focus to the message when it appears (the control that caused it is gone). */
  focus?: boolean;
}

/**
 * A message shown where it was caused, beside its control, and announced to screen readers: the
 * region is always in the page (a live region added together with its text is often not read),
 * polite for results, assertive for errors. The coloured bar is loaded with the first message;
 * until then (a few milliseconds) the plain text stands in.
 */
export const Notice: React.FC<NoticeProps> = ({ notice, focus }: NoticeProps) => {
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (notice && focus) ref.current?.focus();
  }, [notice, focus]);
  const error = notice?.intent === "error";
  // A message can quote a sheet name or a cell: control characters and bidi overrides in it are
  // shown as escapes, not acted upon.
  const shown = React.useMemo(
    () => notice && { ...notice, text: printable(notice.text) },
    [notice]
  );
  const bar = shown && (
    <React.Suspense fallback={<Text>{shown.text}</Text>}>
      <NoticeBar notice={shown} />
    </React.Suspense>
  );
  return (
    <>
      <div role="status" aria-live="polite" ref={error ? undefined : ref} tabIndex={-1}>
        {!error && bar}
      </div>
      <div role="alert" aria-live="assertive" ref={error ? ref : undefined} tabIndex={-1}>
        {error && bar}
      </div>
    </>
  );
};
