// The text agent: a hidden <textarea> that takes the person's text for the active Dear ImGui text field.
//
// A canvas cannot receive text from an input method, paste, or a phone's on-screen keyboard; a focused
// textarea can. It sits under the field's caret (so the IME candidate window opens there), is focused
// while Dear ImGui wants text, and hands what arrives to C++: typed text once, an IME composition once
// when it is committed, a paste as the text of that very paste event.
//
// While a field is edited the textarea also is that field for assistive technology: named as the field,
// holding its text, its selection the field's (cw_text_agent_describe); an edit made in it otherwise than
// by typing (a screen reader, a phone keyboard's deletion) reaches the field as a replacement. While no
// field is edited it is hidden from assistive technology.
mergeInto(LibraryManager.library, {
  cw_text_agent_install__deps: ['$cwAllocateText', 'free'],
  cw_text_agent_install: function (canvasSelector) {
    const canvas = Module.element(UTF8ToString(canvasSelector));
    const textarea = document.createElement('textarea');
    textarea.className = 'campaign-widget-text-agent';
    textarea.setAttribute('autocomplete', 'off');
    textarea.setAttribute('autocorrect', 'off');
    textarea.setAttribute('autocapitalize', 'off');
    textarea.setAttribute('spellcheck', 'false');
    textarea.setAttribute('aria-hidden', 'true');
    textarea.tabIndex = -1; // reached through the canvas, never by Tab on its own
    // Invisible but present: opacity 0 keeps it focusable and lets the IME anchor to it.
    Object.assign(textarea.style, {
      position: 'absolute', left: '0px', top: '0px', width: '2px', height: '1em', padding: '0',
      border: '0', margin: '0', opacity: '0', resize: 'none', overflow: 'hidden', outline: 'none',
      pointerEvents: 'none', caretColor: 'transparent', background: 'transparent', color: 'transparent',
      fontSize: '16px', lineHeight: '1', whiteSpace: 'pre', zIndex: '-1',
    });
    canvas.insertAdjacentElement('afterend', textarea);
    Module.registerElement(UTF8ToString(canvasSelector) + '-text-agent', textarea);

    // bound: a text field is being edited, and the textarea stands in for it (cw_text_agent_describe):
    // value is the field's text as last described, selection its selection then.
    const agent = { canvas, textarea, composing: false, focused: false, bound: false, value: '', selectionStart: 0,
      selectionEnd: 0 };
    Module.textAgent = agent;

    // After an edit the agent passed on, its idea of the field's selection is where the textarea's caret
    // now stands: the field will be there once it has taken the edit in. Left at the last frame's, the
    // next key's beforeinput, arriving before the next frame (a fast typist, a busy machine), would take
    // the difference for a selection made from outside, and end the typing run (one Ctrl+Z would then
    // take back only the keys after it).
    const followEdit = () => {
      agent.selectionStart = textarea.selectionStart;
      agent.selectionEnd = textarea.selectionEnd;
    };

    const sendText = (text) => {
      if (!text) return;
      const pointer = cwAllocateText(text);
      _cw_text_typed(pointer);
      _free(pointer);
    };

    // The composition is shown in the field as it grows (drawn at the caret, underlined), and the text
    // arrives once, when committed.
    const sendComposition = (text) => {
      const pointer = cwAllocateText(text);
      _cw_text_composing(pointer);
      _free(pointer);
    };
    textarea.addEventListener('compositionstart', () => {
      agent.composing = true;
      sendComposition('');
    });
    textarea.addEventListener('compositionupdate', (event) => sendComposition(event.data || ''));
    textarea.addEventListener('compositionend', (event) => {
      agent.composing = false;
      sendComposition('');
      sendText(event.data);
      if (agent.bound) {
        agent.value = textarea.value; // the field takes the same text at the same caret
        followEdit();
      } else {
        textarea.value = '';
      }
    });
    // A selection set from outside (a screen reader, a script's select()) becomes the field's before the
    // edit that follows it.
    textarea.addEventListener('beforeinput', () => {
      if (!agent.bound || agent.composing) return;
      if (textarea.selectionStart !== agent.selectionStart || textarea.selectionEnd !== agent.selectionEnd) {
        agent.selectionStart = textarea.selectionStart;
        agent.selectionEnd = textarea.selectionEnd;
        _cw_text_agent_selected(textarea.selectionStart, textarea.selectionEnd);
      }
    });
    textarea.addEventListener('input', (event) => {
      if (agent.composing || event.isComposing) return; // the committed text comes with compositionend
      if (!agent.bound) {
        sendText(textarea.value);
        textarea.value = '';
        return;
      }
      const before = agent.value;
      const after = textarea.value;
      agent.value = after;
      if (event.inputType === 'insertText' && event.data) {
        sendText(event.data); // typed: in the field's undo run, at its caret
        followEdit();
        return;
      }
      // Anything else (a screen reader's or a phone keyboard's edit, autocorrect): the one range that
      // changed, as a replacement.
      let start = 0;
      const shorter = Math.min(before.length, after.length);
      while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
      let tail = 0;
      while (tail < shorter - start &&
             before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
      const pointer = cwAllocateText(after.slice(start, after.length - tail));
      _cw_text_agent_replaced(start, before.length - tail, pointer);
      _free(pointer);
      followEdit();
    });

    // The widget has focus while the canvas or the text agent has it; moving between the two is not a
    // focus change for Dear ImGui.
    // (The semantic mirror's elements, beside them in the canvas's frame, are the widget's too.)
    const isOurs = (element) => element === canvas || element === textarea ||
      (element !== null && canvas.parentNode !== null && canvas.parentNode.contains(element));
    const updateFocus = (focused) => {
      if (focused === agent.focused) return;
      agent.focused = focused;
      _cw_widget_focus_changed(focused ? 1 : 0);
    };
    // Listened for around the canvas: focus moving among the canvas, the text agent and the semantic
    // mirror's elements stays inside. Focus coming in is heard in the capture phase, before the mirror's
    // own listener: that one draws the focused control's frames at once, and they must know the widget
    // has the focus (else the text agent would not take it from a text box's element).
    const frame = canvas.parentNode || canvas;
    frame.addEventListener('focusin', () => updateFocus(true), true);
    frame.addEventListener('focusout', (event) => updateFocus(isOurs(event.relatedTarget)));

    // Paste: the keydown that asked for it comes first; the text arrives with the paste event. Listened
    // for on the canvas's root (the document, or the shadow root of <campaign-widget>).
    canvas.getRootNode().addEventListener('paste', (event) => {
      if (!agent.focused) return;
      const text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      event.preventDefault();
      const pointer = cwAllocateText(text);
      _cw_text_pasted(pointer);
      _free(pointer);
    }, true);
  },

  // After each frame: keep the agent under the caret, and focus it while Dear ImGui wants text (only if
  // the widget already has focus: the widget never steals focus from the page).
  cw_text_agent_sync: function (wantTextInput, caretX, caretY, lineHeight) {
    const agent = Module.textAgent;
    if (!agent) return;
    // No destructuring in these libraries: Emscripten 3.1.6's JS optimizer drops such declarations.
    const canvas = agent.canvas;
    const textarea = agent.textarea;
    textarea.style.left = (canvas.offsetLeft + caretX) + 'px';
    textarea.style.top = (canvas.offsetTop + caretY) + 'px';
    textarea.style.height = lineHeight + 'px';
    textarea.style.fontSize = lineHeight + 'px';
    if (!agent.focused) return;
    const active = canvas.getRootNode().activeElement; // the document, or the shadow root we live in
    if (wantTextInput && active !== textarea) {
      textarea.focus({ preventScroll: true });
    } else if (!wantTextInput && active === textarea && !agent.composing) {
      canvas.focus({ preventScroll: true });
    }
  },

  // Focuses the canvas (after a press on it: the press's default action is prevented, see html5_input.cpp).
  cw_text_agent_focus_canvas: function () {
    const agent = Module.textAgent;
    const active = agent ? agent.canvas.getRootNode().activeElement : null;
    if (agent && active !== agent.canvas && active !== agent.textarea) {
      agent.canvas.focus({ preventScroll: true });
    }
  },

  // After each frame, while a text field is edited: the agent is that field for assistive technology
  // (its name, its text, its selection); with an empty name, no field is edited and the agent hides.
  cw_text_agent_describe: function (namePointer, valuePointer, valueChanged, selectionStart, selectionEnd, backward) {
    const agent = Module.textAgent;
    if (!agent) return;
    const textarea = agent.textarea;
    const name = UTF8ToString(namePointer);
    if (!name) {
      agent.bound = false;
      textarea.setAttribute('aria-hidden', 'true');
      textarea.removeAttribute('aria-label');
      if (!agent.composing && textarea.value !== '') textarea.value = '';
      return;
    }
    agent.bound = true;
    textarea.removeAttribute('aria-hidden');
    if (textarea.getAttribute('aria-label') !== name) textarea.setAttribute('aria-label', name);
    if (agent.composing) return; // the input method owns the textarea's text until it commits
    if (valueChanged) {
      const value = UTF8ToString(valuePointer);
      agent.value = value;
      if (textarea.value !== value) textarea.value = value;
    }
    if (textarea.selectionStart !== selectionStart || textarea.selectionEnd !== selectionEnd) {
      textarea.setSelectionRange(selectionStart, selectionEnd, backward ? 'backward' : 'forward');
    }
    agent.selectionStart = selectionStart;
    agent.selectionEnd = selectionEnd;
  },

  cw_text_agent_composing: function () {
    return Module.textAgent && Module.textAgent.composing ? 1 : 0;
  },
});
