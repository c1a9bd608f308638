// The plain-HTML view shown in place of the canvas when WebGL2 is not available (text_view.h):
// the campaign's title, a message saying why, the widget's notices, a textarea holding the draft, and
// the checklist of the report. The draft goes to the module as it is typed (so it is saved, and nothing
// is lost); the report is read when typing pauses, like the drawn widget's check.
//
// Every text is set with textContent, never as markup: the draft and the campaign's texts come from
// other people. No destructuring in these libraries: Emscripten 3.1.6's JS optimizer drops it.
mergeInto(LibraryManager.library, {
  cw_text_view_install: function (canvasSelector, textsJson) {
    const canvas = Module.element(UTF8ToString(canvasSelector));
    const texts = JSON.parse(UTF8ToString(textsJson));
    const api = Module.api;

    const make = (tag, className, text) => {
      const element = document.createElement(tag);
      if (className) element.className = className;
      if (text !== undefined) element.textContent = text;
      return element;
    };
    // "{} / {} checks pass" with the values in order, as the C++ side's fill() does.
    const fill = (pattern, values) => {
      let next = 0;
      return pattern.replace(/\{\}/g, () => (next < values.length ? String(values[next++]) : '{}'));
    };

    const view = make('div', 'plain-html-fallback');
    view.lang = texts.lang;
    Object.assign(view.style, {
      boxSizing: 'border-box', height: '100%', overflow: 'auto', padding: '1em 1.25em',
      font: '15px/1.5 system-ui, sans-serif', color: '#222', background: '#f4f5f7',
    });
    const heading = make('h2', null, texts.title);
    heading.style.margin = '0 0 0.5em';
    const message = make('p', 'fallback-message', texts.message);
    message.setAttribute('role', 'status');
    const notices = make('ul', 'notices');
    notices.style.color = '#8a5a00';
    const label = make('label', null, texts.draftLabel);
    label.style.display = 'block';
    label.style.fontWeight = '600';
    const textarea = make('textarea', 'draft');
    textarea.dir = 'auto'; // right-to-left posts read right to left
    textarea.rows = 8;
    textarea.spellcheck = false;
    Object.assign(textarea.style, {
      display: 'block', boxSizing: 'border-box', width: '100%', marginTop: '0.25em', font: 'inherit', fontWeight: 'normal',
    });
    label.appendChild(textarea);
    const counts = make('p', 'counts');
    counts.style.color = '#555';
    const readiness = make('p', 'readiness');
    readiness.style.fontWeight = '600';
    const checklist = make('ul', 'checklist');
    checklist.style.paddingLeft = '0';
    checklist.style.listStyle = 'none';
    for (const part of [heading, message, notices, label, counts, readiness, checklist]) view.appendChild(part);

    const MARKS = { pass: '✓', warn: '!', fail: '✗' };
    const COLOURS = { pass: '#1a7f37', warn: '#9a6700', fail: '#cf222e' };
    const showReport = () => {
      const report = api.report;
      let required = 0;
      let passing = 0;
      const items = [];
      for (const check of report.checks) {
        if (check.required) {
          required++;
          if (check.status !== 'fail') passing++;
        }
        const item = make('li');
        item.dataset.id = check.id;
        item.dataset.status = check.status;
        item.style.margin = '0.5em 0';
        const mark = make('span', 'mark', MARKS[check.status] || '?');
        mark.style.color = COLOURS[check.status] || 'inherit';
        mark.style.fontWeight = '700';
        mark.style.marginRight = '0.5em';
        mark.setAttribute('aria-label', check.status);
        const title = make('strong', 'finding-title', check.required ? check.title : check.title + ' ' + texts.optional);
        const text = make('div', 'finding-message', check.message);
        text.style.marginLeft = '1.5em';
        item.appendChild(mark);
        item.appendChild(title);
        item.appendChild(text);
        items.push(item);
      }
      readiness.textContent = fill(texts.readiness, [passing, required]) + (report.ready ? '  ' + texts.ready : '');
      counts.textContent = fill(texts.counts, [report.stats.code_points, report.stats.weighted_length]);
      checklist.textContent = '';
      for (const item of items) checklist.appendChild(item);
    };

    let shownNotices = '';
    Module.plainHtmlFallback = {
      // After each change: the widget's notices (a save that failed, a campaign that could not be used).
      refresh() {
        const list = api.notices;
        const key = JSON.stringify(list);
        if (key === shownNotices) return;
        shownNotices = key;
        notices.textContent = '';
        for (const notice of list) notices.appendChild(make('li', null, notice));
      },
    };

    // Typing: the draft goes to the module at once; the check waits for a pause, longer for a long draft.
    let checkTimer = 0;
    const checkAfterPause = () => {
      clearTimeout(checkTimer);
      checkTimer = setTimeout(showReport, 150 + 250 * Math.min(1, textarea.value.length / 1048576));
    };
    const draftProperty = Object.getOwnPropertyDescriptor(api, 'draft');
    textarea.addEventListener('input', () => {
      draftProperty.set.call(api, textarea.value);
      checkAfterPause();
    });
    // A draft set by the page (the element's draft property) shows in the text field too.
    Object.defineProperty(api, 'draft', {
      configurable: true,
      enumerable: true,
      get: draftProperty.get,
      set(text) {
        draftProperty.set.call(api, text);
        textarea.value = draftProperty.get.call(api);
        checkAfterPause();
      },
    });

    textarea.value = api.draft; // the saved draft, restored before this view was made
    canvas.style.display = 'none';
    canvas.insertAdjacentElement('afterend', view);
    showReport();
    if (Module.onFallback) Module.onFallback();
  },

  cw_text_view_refresh: function () {
    if (Module.plainHtmlFallback) Module.plainHtmlFallback.refresh();
  },
});
