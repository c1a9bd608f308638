// Copy and cut to the system clipboard.
//
// Browsers allow clipboard writes only inside the person's own event, so the frame that handles Ctrl+C
// or a copy button runs synchronously in that event (see html5_input.cpp) and lands here. Two ways are
// tried: navigator.clipboard (asynchronous, may be refused without permission) and a `copy` event that we
// fill ourselves, triggered by the key's own default action or by execCommand('copy') (works in every
// browser inside a user event, also without a secure context).
mergeInto(LibraryManager.library, {
  cw_clipboard_install: function () {
    const fill = (event) => {
      if (!Module.clipboardFresh) return;
      event.clipboardData.setData('text/plain', Module.clipboardText);
      event.preventDefault();
    };
    document.addEventListener('copy', fill, true);
    document.addEventListener('cut', fill, true);
  },

  cw_clipboard_write: function (textPointer) {
    const text = UTF8ToString(textPointer);
    Module.clipboardText = text;
    Module.clipboardFresh = true; // only for the copy events of this very user event
    setTimeout(() => { Module.clipboardFresh = false; }, 0);
    try { document.execCommand('copy'); } catch (error) { /* the key's own copy event still comes */ }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(() => { /* the copy event above already wrote it */ });
    }
  },
});
