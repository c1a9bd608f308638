// The widget's API for its page, as Module.api; the <campaign-widget> element (web/campaign-widget-element.js)
// publishes it as its own properties. The C++ side is src/platform/web/page_api.cpp.
mergeInto(LibraryManager.library, {
  cw_page_api_install__deps: ['$cwAllocateText', 'free'],
  cw_page_api_install: function (canvasSelector) {
    const canvas = Module.element(UTF8ToString(canvasSelector));
    const withString = (text, use) => {
      const pointer = cwAllocateText(text);
      try { return use(pointer); } finally { _free(pointer); }
    };
    Module.api = {
      // A named control's rectangle in CSS pixels relative to the viewport, like getBoundingClientRect;
      // null when no control of that name was drawn in the last frame, or the canvas is hidden.
      itemRect(testId) {
        if (canvas.style.display === 'none') return null; // the text view is shown: nothing is drawn
        const rect = _malloc(16);
        const found = withString(testId, (id) => _cw_item_rect(id, rect));
        const x = HEAPF32[rect >> 2];
        const y = HEAPF32[(rect >> 2) + 1];
        const width = HEAPF32[(rect >> 2) + 2];
        const height = HEAPF32[(rect >> 2) + 3];
        _free(rect);
        if (!found) return null;
        const box = canvas.getBoundingClientRect();
        return { x: box.left + x, y: box.top + y, width, height };
      },
      // The name of the control the keyboard's focus is on (as itemRect names it), '' when none.
      get focusedControl() { return UTF8ToString(_cw_focused_control()); },
      get draft() { return UTF8ToString(_cw_draft()); },
      set draft(text) { withString(text, (pointer) => _cw_set_draft(pointer)); },
      // The same JSON as `campaign-check --format json`, for the current draft.
      get report() { return JSON.parse(UTF8ToString(_cw_report_json())); },
      // The saved-progress JSON: done steps, notes, draft, language, estimator inputs.
      get progress() { return JSON.parse(UTF8ToString(_cw_progress_json())); },
      // The readiness and what still fails, as a sentence (the live region for screen readers). Read
      // while checkPending, it checks the draft first (or finishes the check under way).
      get summary() { return UTF8ToString(_cw_summary()); },
      // The draft's check is still to run or to finish: the widget runs it in slices between frames when
      // typing pauses, and then calls Module.onChecked.
      get checkPending() { return _cw_check_pending() !== 0; },
      // The notices at the top of the widget (a campaign that could not be used, storage trouble), as text.
      get notices() { return JSON.parse(UTF8ToString(_cw_notices_json())); },
      // A format 2 campaign's period in the person's time ("Ends in 3 days, on …"); "" without one.
      get periodNotice() { return UTF8ToString(_cw_period_notice()); },
      get lang() { return UTF8ToString(_cw_language()); },
      set lang(tag) { withString(tag, (pointer) => _cw_set_language(pointer)); },
    };
  },
});
