// The widget's API for its page, as Module.api; web/widget-loader.js publishes it as
// window.campaignWidget. The C++ side is src/platform/web/page_api.cpp.
mergeInto(LibraryManager.library, {
  cw_page_api_install__deps: ['malloc', 'free'],
  cw_page_api_install: function (canvasSelector) {
    const canvas = document.querySelector(UTF8ToString(canvasSelector));
    Module.api = {
      // A named control's rectangle in CSS pixels relative to the viewport, like getBoundingClientRect;
      // null when no control of that name was drawn in the last frame.
      itemRect(testId) {
        const id = allocateUTF8(String(testId));
        const rect = _malloc(16);
        const found = _cw_item_rect(id, rect);
        const x = HEAPF32[rect >> 2];
        const y = HEAPF32[(rect >> 2) + 1];
        const width = HEAPF32[(rect >> 2) + 2];
        const height = HEAPF32[(rect >> 2) + 3];
        _free(id);
        _free(rect);
        if (!found) return null;
        const box = canvas.getBoundingClientRect();
        return { x: box.left + x, y: box.top + y, width, height };
      },
      get draft() {
        return UTF8ToString(_cw_draft());
      },
      set draft(text) {
        const pointer = allocateUTF8(String(text));
        _cw_set_draft(pointer);
        _free(pointer);
      },
    };
  },
});
