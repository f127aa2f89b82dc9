/*
 * Ribbon commands. They run in the shared runtime (the same page as the task pane and the
 * custom functions), so opening the pane is a call, not a second page.
 */

/** Home tab button "Asisten IKI": shows the task pane of the shared runtime. */
async function tampilkanPanel(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    // Excel waits for completed() before the button can be used again.
    event.completed();
  }
}

Office.onReady((info) => {
  // Outside Excel (browser demo, tests) there is no ribbon to serve.
  if (info.host === Office.HostType.Excel) {
    Office.actions.associate("tampilkanPanel", tampilkanPanel);
  }
});
