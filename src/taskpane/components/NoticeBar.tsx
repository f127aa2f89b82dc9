import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { NoticeValue } from "./Notice";

/** The visible part of a Notice (its own chunk: the first screen shows no message). */
const NoticeBar: React.FC<{ notice: NoticeValue }> = ({ notice }) => (
  <MessageBar intent={notice.intent} layout="multiline">
    <MessageBarBody>{notice.text}</MessageBarBody>
  </MessageBar>
);

export default NoticeBar;
