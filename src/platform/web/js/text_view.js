// The text view in the page (text_view.h): the widget as plain HTML in place of the canvas. The C++ side
// hands over what to show as JSON (text_view_content.h): the UI's texts in the widget's language and the
// campaign's content; the draft, the report and the notices are read through the page's API (Module.api).
// What the person does here goes to the module at once (the draft as typed, notes, steps done, ticks, a
// Fix, the language), so it is saved and the drawn view has it; the report is read when typing pauses,
// like the drawn widget's check.
//
// Every text is set with textContent, never as markup: the draft, the notes and the campaign's texts come
// from other people. Links are http(s) only and open in a new tab with noopener. No destructuring and no
// optional chaining in these libraries: Emscripten 3.1.6's JS optimizer drops or refuses them.
mergeInto(LibraryManager.library, {
  // The view's look, in the shadow root beside it: light and dark as the widget's theme, a column that
  // stays readable on a wide page, long words and links broken anywhere rather than scrolled sideways.
  $cwTextViewStyle: function () {
    return [
      '.text-view { box-sizing: border-box; height: 100%; overflow: auto; padding: 0.75em 1em 2em; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1f2328; background: #f4f5f7; overflow-wrap: anywhere; }',
      '.text-view.dark { color: #e6e8eb; background: #1c1f24; }',
      '.text-view .column { max-width: 46em; margin: 0 auto; }',
      '.text-view *, .text-view *::before { box-sizing: border-box; }',
      '.text-view .bar { display: flex; flex-wrap: wrap; gap: 0.5em; justify-content: space-between; align-items: center; }',
      '.text-view .languages { display: flex; flex-wrap: wrap; gap: 0.25em; }',
      '.text-view button { font: inherit; min-height: 2.5em; padding: 0.3em 0.9em; border: 1px solid #6e7781; border-radius: 6px; background: #fff; color: inherit; cursor: pointer; }',
      '.text-view button[aria-pressed="true"] { background: #0a50c2; border-color: #0a50c2; color: #fff; }',
      '.text-view.dark button { background: #2d333b; border-color: #8b949e; }',
      '.text-view.dark button[aria-pressed="true"] { background: #8ab4f8; border-color: #8ab4f8; color: #0d1117; }',
      '.text-view :focus-visible { outline: 3px solid #0a50c2; outline-offset: 2px; }',
      '.text-view:focus-visible { outline: 3px solid #0a50c2; outline-offset: -3px; }',
      '.text-view.dark:focus-visible { outline-color: #8ab4f8; }',
      '.text-view.dark :focus-visible { outline-color: #8ab4f8; }',
      '.text-view h2 { font-size: 1.45em; line-height: 1.3; margin: 0.6em 0 0.3em; }',
      '.text-view h3 { font-size: 1.25em; margin: 1.5em 0 0.4em; padding-top: 0.6em; border-top: 1px solid #c9cfd6; }',
      '.text-view.dark h3 { border-top-color: #444c56; }',
      '.text-view h4 { font-size: 1.08em; margin: 1.2em 0 0.3em; }',
      '.text-view h5 { font-size: 1em; margin: 0.9em 0 0.2em; }',
      '.text-view p { margin: 0.4em 0; }',
      '.text-view ul, .text-view ol { margin: 0.3em 0; padding-left: 1.4em; }',
      '.text-view li { margin: 0.3em 0; }',
      '.text-view .body { white-space: pre-line; }',
      '.text-view .muted { color: #57606a; }',
      '.text-view.dark .muted { color: #adb5bf; }',
      '.text-view a { color: #0a50c2; }',
      '.text-view.dark a { color: #8ab4f8; }',
      '.text-view .source { display: block; font-size: 0.93em; }',
      '.text-view .claim { display: inline-block; margin: 0 0.4em; padding: 0 0.35em; border: 1px solid currentColor; border-radius: 4px; font-size: 0.87em; color: #7a3fc4; }',
      '.text-view.dark .claim { color: #d2a8ff; }',
      '.text-view .notices { color: #7a4e00; }',
      '.text-view.dark .notices { color: #e3b341; }',
      '.text-view label.field { display: block; font-weight: 600; margin-top: 0.8em; }',
      '.text-view textarea { display: block; width: 100%; margin-top: 0.25em; padding: 0.4em 0.5em; font: inherit; font-weight: normal; border: 1px solid #6e7781; border-radius: 6px; background: #fff; color: inherit; resize: vertical; }',
      '.text-view.dark textarea { background: #0d1117; border-color: #8b949e; }',
      '.text-view .done { display: flex; gap: 0.5em; align-items: center; min-height: 2.5em; margin-top: 0.4em; font-weight: 600; }',
      '.text-view input[type="checkbox"] { width: 1.25em; height: 1.25em; margin: 0; flex: none; }',
      '.text-view .readiness { font-weight: 600; }',
      '.text-view .actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin-top: 0.5em; }',
      '.text-view .checklist { list-style: none; padding: 0; }',
      '.text-view .checklist li { margin: 0.7em 0; }',
      '.text-view .checklist .row { display: flex; gap: 0.5em; align-items: baseline; }',
      '.text-view .finding-message, .text-view .fix { margin-left: 1.75em; }',
      '.text-view .fix { margin-top: 0.3em; }',
      '.text-view .mark { font-weight: 700; width: 1.25em; flex: none; text-align: center; }',
      '.text-view .mark.pass { color: #1a7f37; }',
      '.text-view .mark.warn { color: #8a5c00; }',
      '.text-view .mark.fail { color: #c21b26; }',
      '.text-view.dark .mark.pass { color: #57d364; }',
      '.text-view.dark .mark.warn { color: #e3b341; }',
      '.text-view.dark .mark.fail { color: #ff7b72; }',
    ].join('\n');
  },

  // Builds the view for one widget: show(content, takeFocus) shows it (anew, when it is shown already:
  // another language), hide() takes it away; the C++ side calls the rest after its frames.
  $cwTextView__deps: ['$cwAllocateText', '$cwTextViewStyle', 'free', 'malloc'],
  $cwTextView: function (canvas) {
    const api = Module.api;
    // The element around the canvas holds what stands over it (the text agent, the semantic mirror) and
    // takes the widget's pointer and focus events (html5_input.cpp, js/text_agent.js): the view goes
    // beside it, and it is hidden whole, so that nothing of the drawn widget takes the view's clicks,
    // taps or keys, and a screen reader meets no control that is not shown.
    const frame = canvas.parentElement || canvas;
    const MARKS = { pass: '✓', warn: '!', fail: '✗' };
    let content = null;
    let view = null;
    let parts = null; // the elements the updates below reach: the draft's field, the checklist, …
    let shownNotices = '';
    let checkTimer = 0;

    // A draft the page sets (the element's draft property) shows in the field at once.
    const draftProperty = Object.getOwnPropertyDescriptor(api, 'draft');
    Object.defineProperty(api, 'draft', {
      configurable: true,
      enumerable: true,
      get: draftProperty.get,
      set: function (text) {
        draftProperty.set.call(api, text);
        if (parts) {
          parts.draft.value = draftProperty.get.call(api);
          checkAfterPause();
        }
      },
    });

    const withText = function (text, use) {
      const pointer = cwAllocateText(text);
      try { return use(pointer); } finally { _free(pointer); }
    };
    const make = function (tag, className, text) {
      const element = document.createElement(tag);
      if (className) element.className = className;
      if (text !== undefined && text !== null) element.textContent = text;
      return element;
    };
    const add = function (parent, child) { parent.appendChild(child); return child; };
    const tr = function (key) { return content.texts[key] || key; };
    let ids = 0;
    const newId = function (name) { ids += 1; return 'text-view-' + name + '-' + ids; };
    // The UTF-16 index in text of a UTF-8 byte offset (the checker's spans and fixes count bytes).
    const utf16Index = function (text, bytes) {
      let seen = 0;
      let index = 0;
      while (index < text.length && seen < bytes) {
        const point = text.codePointAt(index);
        seen += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
        index += point > 0xffff ? 2 : 1;
      }
      return index;
    };
    const isWebAddress = function (url) {
      try { return /^https?:$/.test(new URL(url).protocol); } catch (error) { return false; }
    };
    // A link that opens in a new tab and gives the new page no handle on this one; only http(s).
    const link = function (url, text, className) {
      if (!isWebAddress(url)) return make('span', className, text);
      const anchor = make('a', className, text);
      anchor.href = url;
      anchor.target = '_blank';
      anchor.rel = 'noopener noreferrer';
      return anchor;
    };
    // Inside the click, as js/clipboard.js does for the drawn view: a copy event that we fill, from
    // execCommand (any browser, no permission needed, nothing selected or focused, so no phone keyboard
    // opens), and navigator.clipboard where it is allowed.
    const copyText = function (text) {
      const fillCopy = function (event) {
        event.clipboardData.setData('text/plain', text);
        event.preventDefault();
      };
      document.addEventListener('copy', fillCopy, true);
      try { document.execCommand('copy'); } catch (error) { /* navigator.clipboard below */ }
      document.removeEventListener('copy', fillCopy, true);
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(function () {});
    };
    const claimMark = function () {
      const mark = make('span', 'claim', tr('claim.label'));
      mark.title = tr('claim.tooltip');
      return mark;
    };
    // A fact as a tag ('li', 'p'): its text, the claim mark when it is only the announcement's figure,
    // its source as a link.
    const fact = function (tag, each, className) {
      const element = make(tag, className);
      add(element, make('span', 'fact-text', each.text));
      if (each.claim) add(element, claimMark());
      add(element, link(each.source.url, each.source.label, 'source'));
      return element;
    };
    const heading = function (level, text, labelled) {
      const element = make('h' + level, null, text);
      if (labelled) {
        element.id = newId('heading');
        labelled.setAttribute('aria-labelledby', element.id);
      }
      return element;
    };
    const section = function (parent, level, title) {
      const element = add(parent, make('section'));
      add(element, heading(level, title, element));
      return element;
    };
    // A text field with its label above it; each key saves at once.
    const field = function (parent, labelText, className, value, onInput) {
      const label = add(parent, make('label', 'field', labelText));
      const textarea = make('textarea', className);
      textarea.id = newId(className);
      label.htmlFor = textarea.id;
      textarea.dir = 'auto'; // right-to-left text reads right to left
      textarea.spellcheck = false;
      textarea.value = value;
      textarea.addEventListener('input', function () { onInput(textarea.value); });
      add(parent, textarea);
      return textarea;
    };

    const buildBar = function (column) {
      const bar = add(column, make('div', 'bar'));
      if (content.canDraw) {
        const back = add(bar, make('button', 'drawn-view', tr('text-view.drawn-view')));
        back.type = 'button';
        back.dataset.focusKey = 'drawn-view';
        back.addEventListener('click', function () { _cw_text_view_leave(); });
      } else {
        add(bar, make('span')); // keeps the languages at the right
      }
      const languages = add(bar, make('div', 'languages'));
      languages.setAttribute('role', 'group');
      languages.setAttribute('aria-label', tr('header.language'));
      for (const language of content.languages) {
        const button = add(languages, make('button', null, language.label));
        button.type = 'button';
        button.lang = language.tag;
        button.dataset.focusKey = 'lang:' + language.tag;
        button.setAttribute('aria-pressed', String(language.tag === content.lang));
        // The person's choice, saved as the drawn switch saves it; the view is shown anew in it.
        button.addEventListener('click', function () { if (language.tag !== content.lang) api.lang = language.tag; });
      }
    };

    const researchCount = function () {
      parts.researchProgress.textContent = UTF8ToString(_cw_text_view_research_progress());
    };

    const buildResearch = function (column) {
      const part = section(column, 3, tr('tab.research'));
      if (!content.research.length) {
        add(part, make('p', 'muted', tr('research.none')));
        return;
      }
      parts.researchProgress = add(part, make('p', 'research-progress muted'));
      researchCount();
      for (const step of content.research) {
        const article = add(part, make('article', 'research-step'));
        article.dataset.step = step.id;
        add(article, heading(4, step.title, article));
        add(article, make('p', 'body', step.body));
        add(article, make('h5', null, tr('research.facts')));
        if (!step.facts.length) add(article, make('p', 'muted', tr('research.no-facts')));
        else {
          const facts = add(article, make('ul', 'facts'));
          for (const each of step.facts) add(facts, fact('li', each));
        }
        if (step.prompts.length) {
          add(article, make('h5', null, tr('research.prompts')));
          const prompts = add(article, make('ul', 'prompts muted'));
          for (const prompt of step.prompts) add(prompts, make('li', null, prompt));
        }
        // Named by its step ("My notes: What is Obol?"): each step's box has a name of its own.
        const notes = field(article, step.notesName, 'notes', step.notes, function (text) {
          withText(step.id, function (id) { withText(text, function (pointer) { _cw_text_view_set_notes(id, pointer); }); });
        });
        notes.rows = 4;
        notes.dataset.focusKey = 'notes:' + step.id;
        const hint = add(article, make('p', 'muted', tr('research.notes-tooltip')));
        hint.id = newId('hint');
        notes.setAttribute('aria-describedby', hint.id);

        const done = add(article, make('label', 'done'));
        const box = add(done, make('input', 'step-done'));
        box.type = 'checkbox';
        box.checked = step.done;
        box.dataset.focusKey = 'done:' + step.id;
        add(done, make('span', null, tr('research.done')));
        box.addEventListener('change', function () {
          step.done = box.checked;
          withText(step.id, function (id) { _cw_text_view_set_step_done(id, box.checked ? 1 : 0); });
          researchCount();
        });
      }
    };

    // "Copy post" and "Start from my notes", as under the drawn editor.
    const buildActions = function (part) {
      const actions = add(part, make('div', 'actions'));
      const copy = add(actions, make('button', 'copy-post', tr('draft.copy-post')));
      copy.type = 'button';
      copy.dataset.focusKey = 'copy-post';
      let copiedTimer = 0;
      copy.addEventListener('click', function () {
        copyText(parts.draft.value);
        copy.textContent = tr('draft.copied'); // for a moment, as the drawn button
        clearTimeout(copiedTimer);
        copiedTimer = setTimeout(function () { copy.textContent = tr('draft.copy-post'); }, 2000);
      });
      const outline = add(actions, make('button', 'start-from-notes', tr('draft.start-from-notes')));
      outline.type = 'button';
      outline.title = tr('draft.start-from-notes-tooltip');
      outline.dataset.focusKey = 'start-from-notes';
      outline.addEventListener('click', function () {
        _cw_text_view_start_from_notes();
        parts.draft.value = api.draft;
        showReport();
      });
    };

    const buildPost = function (column) {
      const part = section(column, 3, tr('tab.draft'));
      parts.periodNotice = add(part, make('p', 'period-notice'));
      parts.draft = field(part, tr('fallback.draft-label'), 'draft', api.draft, function (text) {
        withText(text, function (pointer) { _cw_text_view_set_draft(pointer); });
        checkAfterPause();
      });
      parts.draft.rows = 8;
      parts.draft.dataset.focusKey = 'draft';
      buildActions(part);
      parts.counts = add(part, make('p', 'counts muted'));
      parts.readiness = add(part, make('p', 'readiness'));
      parts.checklist = add(part, make('ul', 'checklist'));
    };

    const buildLaunchpool = function (column) {
      const part = section(column, 3, tr('tab.launchpool'));
      const launchpool = content.launchpool;
      if (!launchpool) {
        add(part, make('p', 'muted', tr('launchpool.none')));
        return;
      }
      add(add(part, make('p')), make('strong', null, launchpool.title));
      if (launchpool.summary) add(part, make('p', 'body', launchpool.summary));
      if (launchpool.steps.length) {
        add(part, heading(4, tr('launchpool.steps')));
        const steps = add(part, make('ol', 'launchpool-steps'));
        for (const step of launchpool.steps) add(steps, make('li', null, step));
      }
      if (launchpool.url) add(add(part, make('p')), link(launchpool.url, tr('launchpool.open-page'), 'pool-page'));
      if (launchpool.pools.length || launchpool.announced.length) {
        add(part, heading(4, tr('launchpool.pools-and-rewards')));
        if (launchpool.pools.length) {
          add(part, make('p', null, tr('launchpool.pools')));
          const pools = add(part, make('ul', 'pools'));
          for (const pool of launchpool.pools) {
            const item = add(pools, make('li'));
            add(item, make('strong', null, pool.coin));
            if (pool.note) add(item, make('span', 'muted', ' — ' + pool.note));
          }
        }
        for (const each of launchpool.announced) add(part, fact('p', each, 'announced'));
      }
      if (launchpool.facts.length) {
        add(part, heading(4, tr('launchpool.facts')));
        const facts = add(part, make('ul', 'launchpool-facts'));
        for (const each of launchpool.facts) add(facts, fact('li', each));
      }
    };

    // The checklist of the report, with a Fix where the checker has one and a box to tick for what only
    // the person can confirm (a format 2 campaign).
    const showReport = function () {
      clearTimeout(checkTimer);
      if (Module.onWorkPending) Module.onWorkPending('text-view-check', false);
      if (!parts) return;
      const checklist = JSON.parse(UTF8ToString(_cw_text_view_checklist()));
      parts.readiness.textContent = UTF8ToString(_cw_text_view_readiness());
      parts.counts.textContent = UTF8ToString(_cw_text_view_length_line());
      const focused = view.getRootNode().activeElement;
      const focusKey = focused && parts.checklist.contains(focused) ? focused.dataset.focusKey : '';
      parts.checklist.textContent = '';
      for (const check of checklist) {
        const item = add(parts.checklist, make('li'));
        item.dataset.id = check.id;
        item.dataset.status = check.status;
        const row = add(item, make('div', 'row'));
        const title = make('strong', 'finding-title', check.title);
        title.id = newId('check');
        if (check.selfConfirmed) {
          const box = add(row, make('input', 'confirm'));
          box.type = 'checkbox';
          box.checked = check.ticked;
          box.dataset.focusKey = 'confirm:' + check.id;
          box.setAttribute('aria-labelledby', title.id);
          box.addEventListener('change', function () {
            withText(check.id, function (id) { _cw_text_view_set_confirmed(id, box.checked ? 1 : 0); });
            showReport();
          });
        } else {
          const mark = add(row, make('span', 'mark ' + check.status, MARKS[check.status] || '?'));
          mark.setAttribute('role', 'img');
          mark.setAttribute('aria-label', check.statusName);
        }
        add(row, title);
        add(item, make('div', 'finding-message', check.message));
        if (check.fix) {
          const fix = add(item, make('button', 'fix', tr('draft.fix')));
          fix.type = 'button';
          fix.dataset.focusKey = 'fix:' + check.id;
          fix.setAttribute('aria-describedby', title.id);
          fix.addEventListener('click', function () { applyFix(check.id); });
        }
      }
      // The list was made anew: the keyboard's focus goes back to the same control, or, when that went
      // away (a Fix that passes now), to the draft, not to the page's top.
      if (focusKey) {
        const again = parts.checklist.querySelector('[data-focus-key="' + CSS.escape(focusKey) + '"]');
        (again || parts.draft).focus();
      }
    };

    // The checker's fix, as the drawn checklist's Fix: the draft changes, the changed text is selected.
    const applyFix = function (checkId) {
      const range = _malloc(8);
      const applied = withText(checkId, function (id) { return _cw_text_view_apply_fix(id, range); });
      const start = HEAP32[range >> 2];
      const end = HEAP32[(range >> 2) + 1];
      _free(range);
      if (!applied) return;
      const text = api.draft;
      parts.draft.value = text;
      parts.draft.focus();
      parts.draft.setSelectionRange(utf16Index(text, start), utf16Index(text, end));
      showReport();
    };

    // The check waits for a pause in typing, as long as the drawn widget's (the module says how long).
    // While it waits, the widget is not idle (the element's idle() waits for the check).
    const checkAfterPause = function () {
      clearTimeout(checkTimer);
      if (Module.onWorkPending) Module.onWorkPending('text-view-check', true);
      checkTimer = setTimeout(showReport, _cw_text_view_check_delay_ms());
    };

    const refreshNotices = function () {
      const list = api.notices;
      const key = JSON.stringify(list);
      if (key !== shownNotices) {
        shownNotices = key;
        parts.notices.textContent = '';
        parts.notices.hidden = list.length === 0;
        for (const notice of list) add(parts.notices, make('li', null, notice));
      }
      const period = api.periodNotice;
      parts.periodNotice.textContent = period;
      parts.periodNotice.hidden = !period;
    };

    const build = function () {
      ids = 0;
      parts = {};
      shownNotices = '';
      const root = make('div', 'text-view' + (content.dark ? ' dark' : ''));
      root.lang = content.lang;
      // A region named by the campaign's title, focused when the person opens the view: a screen reader
      // says where they are, the next Tab reaches "Drawn view", the arrow keys scroll.
      root.setAttribute('role', 'region');
      root.tabIndex = -1;
      add(root, make('style', null, cwTextViewStyle()));
      const column = add(root, make('div', 'column'));
      buildBar(column);
      add(column, heading(2, content.title, root));
      if (content.summary) add(column, make('p', 'body muted', content.summary));
      if (content.why) {
        const message = add(column, make('p', 'fallback-message', content.why));
        message.setAttribute('role', 'status');
      }
      parts.notices = add(column, make('ul', 'notices'));
      parts.notices.hidden = true;
      buildResearch(column);
      buildPost(column);
      buildLaunchpool(column);
      return root;
    };

    return {
      show: function (shown, takeFocus) {
        content = shown;
        const old = view;
        // Shown anew (another language): the focus and the scroll stay where the person had them.
        const focused = old ? old.getRootNode().activeElement : null;
        const focusKey = focused && old.contains(focused) ? focused.dataset.focusKey : '';
        const scrolled = old ? old.scrollTop : 0;
        view = build();
        if (old) old.replaceWith(view);
        else frame.insertAdjacentElement('afterend', view);
        canvas.style.display = 'none';
        frame.style.display = 'none';
        view.scrollTop = scrolled;
        refreshNotices();
        showReport();
        if (focusKey) {
          const again = view.querySelector('[data-focus-key="' + CSS.escape(focusKey) + '"]');
          if (again) again.focus();
        } else if (takeFocus) {
          view.focus();
        }
        if (!old && Module.onView) Module.onView('text');
        if (!old && !content.canDraw && Module.onFallback) Module.onFallback();
      },
      hide: function () {
        if (!view) return;
        const hadFocus = view.contains(view.getRootNode().activeElement);
        clearTimeout(checkTimer);
        if (Module.onWorkPending) Module.onWorkPending('text-view-check', false);
        view.remove();
        view = null;
        parts = null;
        canvas.style.display = '';
        frame.style.display = '';
        // The person pressed "Drawn view": the keyboard goes on in the widget (the semantic mirror then
        // puts the focus on the control Dear ImGui's keyboard focus is on).
        if (hadFocus) canvas.focus();
        if (Module.onView) Module.onView('drawn');
      },
      refresh: function () {
        if (parts) refreshNotices();
      },
    };
  },

  cw_text_view_show__deps: ['$cwTextView'],
  cw_text_view_show: function (canvasSelector, contentJson, takeFocus) {
    if (!Module.textView) Module.textView = cwTextView(Module.element(UTF8ToString(canvasSelector)));
    Module.textView.show(JSON.parse(UTF8ToString(contentJson)), takeFocus !== 0);
  },

  cw_text_view_hide: function () {
    if (Module.textView) Module.textView.hide();
  },

  cw_text_view_refresh: function () {
    if (Module.textView) Module.textView.refresh();
  },
});
