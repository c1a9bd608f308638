// Keys that arrive faster than the widget draws: a fast typist on a busy machine, or a password
// manager's auto-type. page.keyboard waits for each key's round trip, so a frame usually runs between
// two keys; here every key of the burst is dispatched in one task of the page, so the widget meets all of
// them before its next frame, every time.
//
//   await typeInOneTask(page, ['Control+A', ...'999999', 'Enter']);
//
// Each entry is one character or one named key with modifiers ('Enter', 'Backspace', 'Control+A').
// Keys go to the focused element (inside shadow roots too), as the browser sends them. What the browser
// would do by default is done too, for the one default that matters here: a character that nobody
// prevented is inserted into a focused textarea or input, between its beforeinput and input events.
// focusFirst: an element handle focused in the same task, just before the first key (a person who
// focuses a field and types at once).
export async function typeInOneTask(page, keys, { focusFirst = null } = {}) {
  await page.evaluate(([entries, elementToFocus]) => {
    if (elementToFocus) elementToFocus.focus();
    const focusedElement = () => {
      let element = document.activeElement;
      while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
      return element || document.body;
    };
    const codeOf = (key) => {
      if (/^[0-9]$/.test(key)) return `Digit${key}`;
      if (/^[a-zA-Z]$/.test(key)) return `Key${key.toUpperCase()}`;
      const named = { ' ': 'Space', '.': 'Period', ',': 'Comma', '-': 'Minus', '/': 'Slash', ';': 'Semicolon' };
      return named[key] || (key.length > 1 ? key : '');
    };
    const modifierKeys = { Control: 'ctrlKey', Shift: 'shiftKey', Alt: 'altKey', Meta: 'metaKey' };
    const send = (type, key, modifiers) => {
      const event = new KeyboardEvent(type, {
        key, code: codeOf(key), bubbles: true, cancelable: true, composed: true, ...modifiers,
      });
      focusedElement().dispatchEvent(event);
      return event;
    };
    for (const entry of entries) {
      const parts = entry.length > 1 ? entry.split('+') : [entry];
      const key = parts.pop();
      const modifiers = {};
      for (const modifier of parts) {
        modifiers[modifierKeys[modifier]] = true;
        send('keydown', modifier, modifiers);
      }
      const down = send('keydown', key, modifiers);
      const target = focusedElement();
      const typesText = [...key].length === 1 && !modifiers.ctrlKey && !modifiers.metaKey;
      if (typesText && !down.defaultPrevented && (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) {
        // As the browser does: beforeinput (which a page may cancel), the insertion, then input.
        const before = new InputEvent('beforeinput', {
          data: key, inputType: 'insertText', bubbles: true, cancelable: true, composed: true,
        });
        if (target.dispatchEvent(before)) {
          target.setRangeText(key, target.selectionStart, target.selectionEnd, 'end');
          target.dispatchEvent(new InputEvent('input', { data: key, inputType: 'insertText', bubbles: true, composed: true }));
        }
      }
      send('keyup', key, modifiers);
      for (const modifier of parts.reverse()) {
        delete modifiers[modifierKeys[modifier]];
        send('keyup', modifier, modifiers);
      }
    }
  }, [keys, focusFirst]);
}
