// The semantic mirror: transparent DOM elements over the canvas, one for each node the panels declared
// (core/accessibility/semantic_tree.h), with its WAI-ARIA role, accessible name and state, where the control is drawn.
// A screen reader reads and operates the widget through them; tests find controls by role and name.
//
// - Only changes arrive (cw_mirror_apply): elements are made, updated, moved and removed by key.
// - The elements take no part in drawing: transparent text, no outline. A real mouse or finger on one
//   goes on to the widget's frame, whose listeners hand it to Dear ImGui by position (html5_input.cpp),
//   as if the element were not there. A click with no pointer behind it (a screen reader's "activate",
//   element.click()) presses the control through Dear ImGui, as Enter would.
// - Focus follows Dear ImGui's keyboard focus (cw_mirror_focus); a focus given to an element from
//   outside (a screen reader, a script) moves Dear ImGui's focus to its control.
// No destructuring in these libraries: Emscripten 3.1.6's JS optimizer drops such declarations.
mergeInto(LibraryManager.library, {
  cw_mirror_install__deps: ['$cwAllocateText', 'free'],
  cw_mirror_install: function (canvasSelector, layerName) {
    const canvas = Module.element(UTF8ToString(canvasSelector));
    const layer = document.createElement('div');
    layer.className = 'campaign-widget-mirror';
    // Over the canvas, clipped to it; the layer itself lets the pointer through to the canvas, its
    // elements take it (so that what a person or a test points at is the control's element). Opacity 0:
    // nothing of it is painted or composited over the canvas (a painted layer the canvas's size made each
    // frame half again as slow on a phone's density), yet its elements stay in the accessibility tree,
    // focusable and hit by the pointer.
    Object.assign(layer.style, {
      position: 'absolute', left: canvas.offsetLeft + 'px', top: canvas.offsetTop + 'px', width: '100%', height: '100%',
      overflow: 'clip', pointerEvents: 'none', color: 'transparent', background: 'transparent',
      font: '1px/1 sans-serif', touchAction: 'none', userSelect: 'none', webkitUserSelect: 'none',
      webkitTouchCallout: 'none', zIndex: '1', opacity: '0',
    });
    canvas.insertAdjacentElement('afterend', layer);
    Module.registerElement(UTF8ToString(layerName), layer);

    const mirror = { canvas, layer, elements: new Map(), nodes: new Map(), syncingFocus: false };
    Module.semanticMirror = mirror;

    const callWithKey = (fn, key) => {
      const pointer = cwAllocateText(key);
      fn(pointer);
      _free(pointer);
    };
    const keyOf = (element) => {
      for (let at = element; at && at !== layer; at = at.parentNode) {
        if (at.dataset && at.dataset.key) return at.dataset.key;
      }
      return '';
    };

    // A person or their screen reader focused an element: Dear ImGui's focus goes to its control.
    layer.addEventListener('focusin', (event) => {
      if (mirror.syncingFocus) return;
      const key = keyOf(event.target);
      if (key) callWithKey(_cw_mirror_focused, key);
    });
    // A click with no pointer press behind it (detail 0): a screen reader's activate, or a script's
    // element.click(). A real click (detail ≥ 1) already reached Dear ImGui as a press and release.
    layer.addEventListener('click', (event) => {
      event.preventDefault();
      if (event.detail !== 0) return;
      const key = keyOf(event.target);
      if (key) callWithKey(_cw_mirror_activated, key);
    });
    // The mouse events a screen reader sends with its activate carry no real position: they must not
    // press whatever is drawn at the element's corner.
    for (const type of ['mousedown', 'mouseup']) {
      layer.addEventListener(type, (event) => { if (event.detail === 0) event.stopPropagation(); });
    }
  },

  // Applies one frame's changes (core/accessibility/semantic_tree.h, semantic_changes_json).
  cw_mirror_apply: function (changesJson) {
    const mirror = Module.semanticMirror;
    if (!mirror) return;
    const changes = JSON.parse(UTF8ToString(changesJson));
    const elements = mirror.elements;

    // An element that goes while it has the DOM's focus (a control of a panel that closed) hands the focus
    // to the canvas first: removed with it, the focus would fall out of the widget to the page, and the
    // keyboard's next keys with it. The focus then follows Dear ImGui's (cw_mirror_focus).
    const root = mirror.canvas.getRootNode();
    const keepFocusInWidget = (element) => {
      if (!root.activeElement || !element.contains(root.activeElement)) return;
      mirror.syncingFocus = true;
      mirror.canvas.focus({ preventScroll: true });
      mirror.syncingFocus = false;
    };
    for (const key of changes.removed) {
      const element = elements.get(key);
      if (element) {
        keepFocusInWidget(element);
        // Its children (if any) are moved or removed by the same changes.
        element.remove();
        elements.delete(key);
        mirror.nodes.delete(key);
      }
    }
    for (const node of changes.nodes) {
      let element = elements.get(node.key);
      const previous = mirror.nodes.get(node.key);
      if (!element || !previous || previous.role !== node.role) {
        if (element) {
          keepFocusInWidget(element);
          element.remove();
        }
        element = document.createElement('div');
        element.dataset.key = node.key;
        elements.set(node.key, element);
        mirror.layer.appendChild(element); // placed by the order below
      }
      describeElement(element, node, previous);
      mirror.nodes.set(node.key, node);
    }
    if (changes.order) {
      // Reading order: each element goes right after the one placed before it in its parent, and moves
      // only when it is not there already. A moved element loses the DOM's focus: About's button, had it
      // moved when the panel it opens came in after it, would have dropped the keyboard's focus.
      const lastPlaced = new Map(); // parent element → the element last placed in it
      for (const key of changes.order) {
        const element = elements.get(key);
        if (!element) continue;
        const node = mirror.nodes.get(key);
        const parent = (node && node.parent && elements.get(node.parent)) || mirror.layer;
        const before = lastPlaced.get(parent);
        const wanted = before ? before.nextSibling : parent.firstChild;
        if (element !== wanted) parent.insertBefore(element, wanted);
        lastPlaced.set(parent, element);
      }
    }

    function describeElement(element, node, previous) {
      const role = node.role;
      // "text" is not an ARIA role: plain text is a generic element a screen reader reads in order.
      if (role === 'text') element.removeAttribute('role'); else element.setAttribute('role', role);
      const interactive = ['button', 'link', 'tab', 'checkbox', 'textbox'].indexOf(role) >= 0;
      if (interactive) element.tabIndex = -1; // reached through Dear ImGui's Tab order (the canvas is the stop)
      else element.removeAttribute('tabindex');

      // The name: a leaf's own text where its role takes the name from content; aria-label for a
      // container (its content is its members), a text field (its content is its value), a bar, a picture.
      const namedByLabel = node.container || role === 'textbox' || role === 'progressbar' ||
        role === 'img';
      if (namedByLabel) {
        if (node.name) element.setAttribute('aria-label', node.name); else element.removeAttribute('aria-label');
        // A text field's content is its value; the field being edited is the text agent (text_agent.js).
        if (role === 'textbox' && (!previous || previous.value !== node.value)) element.textContent = node.value;
      } else {
        element.removeAttribute('aria-label');
        if (!previous || previous.name !== node.name) element.textContent = node.name;
      }
      setOrRemove(element, 'aria-level', node.level);
      setOrRemove(element, 'aria-checked', node.checked);
      setOrRemove(element, 'aria-selected', node.selected);
      setOrRemove(element, 'aria-pressed', node.pressed);
      setOrRemove(element, 'aria-disabled', node.disabled ? true : undefined);
      setOrRemove(element, 'aria-multiline', role === 'textbox' ? node.multiline === true : undefined);
      // The field being edited is the text agent meanwhile: one text box, not two.
      setOrRemove(element, 'aria-hidden', node.editing ? true : undefined);
      setOrRemove(element, 'aria-valuenow', node.now);
      setOrRemove(element, 'aria-valuemin', node.min);
      setOrRemove(element, 'aria-valuemax', node.max);
      setOrRemove(element, 'aria-valuetext', role === 'progressbar' && node.value ? node.value : undefined);
      setOrRemove(element, 'data-href', role === 'link' && node.href ? node.href : undefined);
      // A notice is read where it stands; the element's live region tells what changed (the summary).
      setOrRemove(element, 'aria-live', role === 'status' ? 'off' : undefined);

      const style = element.style;
      if (node.container) {
        // Containers only group: their members are placed over the canvas themselves.
        style.position = 'static';
        style.pointerEvents = 'none';
        return;
      }
      const rect = node.rect;
      style.position = 'absolute';
      style.left = rect[0] + 'px';
      style.top = rect[1] + 'px';
      style.width = rect[2] + 'px';
      style.height = rect[3] + 'px';
      style.overflow = 'hidden';
      style.margin = '0';
      style.padding = '0';
      style.outline = 'none';
      style.whiteSpace = 'pre-wrap';
      style.cursor = 'inherit';
      // The canvas's own: a finger on an element drives the widget, never the browser's scrolling or
      // long-press menu (touch-action is not inherited; the layer, clipped, is not a scroller either).
      style.touchAction = 'none';
      style.pointerEvents = interactive ? 'auto' : 'none';
    }
    function setOrRemove(element, attribute, value) {
      if (value === undefined || value === null) element.removeAttribute(attribute);
      else element.setAttribute(attribute, String(value));
    }
  },

  // After each frame: the DOM's focus follows Dear ImGui's keyboard focus while the widget has the focus
  // and no text field is being edited (then the text agent holds it).
  cw_mirror_focus: function (keyPointer, wantTextInput) {
    const mirror = Module.semanticMirror;
    if (!mirror) return;
    const agent = Module.textAgent;
    if (!agent || !agent.focused || wantTextInput) return;
    const root = mirror.canvas.getRootNode();
    const active = root.activeElement;
    const key = UTF8ToString(keyPointer);
    const element = key ? mirror.elements.get(key) : null;
    const target = element && element.tabIndex === -1 ? element : mirror.canvas;
    if (active === target || (active === agent.textarea && agent.composing)) return;
    mirror.syncingFocus = true;
    target.focus({ preventScroll: true });
    mirror.syncingFocus = false;
  },
});
