// <campaign-widget>: the widget as a custom element, for pages and blogs.
//
//   <script src="campaign-widget.js"></script>
//   <campaign-widget campaign="obol.json" lang="zh"></campaign-widget>
//
// The .wasm is found beside this script, wherever it is served from (a CDN's package path, a subfolder),
// and fetched with its SRI hash, so an integrity="sha384-…" on the <script> covers the whole widget.
//
// Attributes: campaign (URL of a campaign file, or #id of a <script type="application/json"> holding
// one; the built-in campaign when absent), lang (zh | zh-Hant | en; zh-TW and zh-HK choose zh-Hant),
// theme (light | dark | auto), storage-key (where progress is saved), height (CSS length, default 600px),
// progress (#id of a <script type="application/json" data-saved-at="ms"> holding a saved progress: the
// offline copy's, which it starts from unless this origin has newer progress of its own),
// view (text: open in the text view, the widget as plain HTML; ?view=text in the page's address does the
// same; the person can go to the drawn view and back, for the visit).
// Properties and events: version, ready, idle(), stats, itemRect(id), focusedControl, draft, report, progress,
// lang, summary, notices, periodNotice, fallback, view, 'change', 'idle'.
// idle() resolves once the widget has nothing left to do on its own: no frame scheduled, no check waiting
// for a pause in typing, no saved-progress write or spoken summary pending (the 'idle' event fires each
// time it gets there). Scripts and tests wait on it rather than on the clock.
// Each element runs its own instance of the module: its own canvas, state and storage key. Everything
// lives in an open shadow root, so the page's CSS cannot break it and it cannot break the page.
'use strict';
(function () {
  if (window.customElements.get('campaign-widget')) return;

  // Filled in when dist/ is assembled (scripts/fill_release_facts.py): the version from package.json and
  // the module's .wasm file, named by its content so it can be cached for a year, with its SRI hash. The
  // offline file has no wasmFile: its wasm is inside the page (EMBEDDED_WASM_ID).
  // They are a JSON text in a string, which minifying (scripts/minify_js.mjs) leaves as it is.
  const RELEASE = JSON.parse(/* release facts: */ '{"version": "dev", "wasmFile": "", "wasmIntegrity": ""}' /* :release facts */);
  // This script's own address, read while it runs (document.currentScript is null afterwards).
  const SCRIPT_URL = document.currentScript && document.currentScript.src ? document.currentScript.src : document.baseURI;

  // Fetches the module's .wasm beside this script and instantiates it. The browser checks the bytes
  // against the hash and refuses others, as it refuses a <script> whose integrity does not match.
  async function instantiateVerifiedWasm(imports) {
    const url = new URL(RELEASE.wasmFile, SCRIPT_URL).href;
    const response = await fetch(url, { integrity: RELEASE.wasmIntegrity, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    // Streaming compiles while downloading but needs the application/wasm type, which some hosts omit.
    if ((response.headers.get('Content-Type') || '').startsWith('application/wasm')) {
      return WebAssembly.instantiateStreaming(response, imports);
    }
    return WebAssembly.instantiate(await response.arrayBuffer(), imports);
  }

  // The offline file carries the module's .wasm in the page itself, gzip-compressed and in base64, in a
  // <script type="application/octet-stream"> of this id (scripts/make_offline_html.py): a third of the
  // size of the bare wasm in base64, and it works from file://, where nothing can be fetched.
  const EMBEDDED_WASM_ID = 'campaign-widget-wasm';

  async function instantiateEmbeddedWasm(imports, data) {
    if (typeof DecompressionStream !== 'function') {
      throw new Error('this browser cannot unpack the offline file (it needs DecompressionStream: ' +
        'Chrome or Edge 80, Firefox 113, Safari 16.4 or later); the hosted page works without it');
    }
    const text = atob(data.textContent.trim());
    const packed = new Uint8Array(text.length);
    for (let i = 0; i < text.length; ++i) packed[i] = text.charCodeAt(i);
    const unpacked = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
    return WebAssembly.instantiate(await new Response(unpacked).arrayBuffer(), imports);
  }

  // The canvas's accessible name in each language of the UI (by the widget's lang: zh, zh-Hant, en), used
  // when the page gives the element no aria-label of its own; it follows the UI's language (the language
  // switch, the lang property). LANG_TAGS: the language each is written in, for the lang attribute.
  const CANVAS_NAMES = { zh: '活动清单', 'zh-Hant': '活動清單', en: 'Campaign checklist' };
  const LANG_TAGS = { zh: 'zh-Hans', 'zh-Hant': 'zh-Hant', en: 'en' };
  // What the element says when the widget cannot run, in the element's language (the module, which has
  // the catalogue, is what failed); a technical detail follows as the browser gave it.
  const LOAD_ERRORS = {
    code: { zh: '活动清单无法加载它的程序（campaign-widget.js）。', 'zh-Hant': '活動清單無法載入它的程式（campaign-widget.js）。',
      en: 'The campaign widget could not load its code (campaign-widget.js).' },
    wasm: { zh: '活动清单无法加载它的 WebAssembly 模块：', 'zh-Hant': '活動清單無法載入它的 WebAssembly 模組：',
      en: 'The campaign widget could not load its WebAssembly module: ' },
    start: { zh: '活动清单无法启动：', 'zh-Hant': '活動清單無法啟動：', en: 'The campaign widget could not start: ' },
  };
  // zh, zh-Hant or en for a language tag (zh-TW and zh-HK choose zh-Hant; any other tag, zh).
  const uiLanguage = (tag) => (/^zh-(hant|tw|hk|mo)/i.test(tag) ? 'zh-Hant' : /^en/i.test(tag) ? 'en' : 'zh');

  const STYLE = `
    :host { display: block; position: relative; width: 100%; contain: content; }
    .frame { position: relative; width: 100%; height: 100%; }
    canvas { display: block; width: 100%; height: 100%; outline: none; touch-action: none; }
    canvas:focus-visible { outline: 2px solid #4c8dff; outline-offset: -2px; }
    .message { position: absolute; inset: 0; margin: 0; padding: 1.5em; overflow: auto;
      font: 15px/1.5 system-ui, sans-serif; color: #222; background: #f4f5f7; }
    .live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
      white-space: nowrap; }
  `;

  class CampaignWidgetElement extends HTMLElement {
    constructor() {
      super();
      this._module = null;
      // idle: no frame is scheduled (everything typed has been drawn and taken in). longestFrameMs: the
      // longest frame since it was last set to 0, for measuring responsiveness over a stretch of use.
      // missingGlyphs: distinct code points drawn since start that no font of the device has (drawn as
      // boxes). glyphsRasterized, glyphRasterMs: glyphs drawn by the browser's fonts, and the time taken.
      this._stats = { frames: 0, lastFrameMs: 0, longestFrameMs: 0, idle: false, missingGlyphs: 0,
        glyphsRasterized: 0, glyphRasterMs: 0 };
      this._ready = new Promise((resolve, reject) => { this._resolveReady = resolve; this._rejectReady = reject; });
      this._ready.catch(() => {}); // a failed start is shown in the element; nobody has to await it
      this._started = false;
      // What keeps the widget busy besides its frames (the module's onIdle): named pending work, such as
      // the text view's check after a pause or the live region's update.
      this._moduleIdle = false;
      this._pendingWork = new Set();
      this._idleWaiters = [];
    }

    // The release, e.g. '1.0.0' (package.json's version); the widget's "About" shows it too.
    get version() { return RELEASE.version; }
    get ready() { return this._ready; }
    // True when WebGL2 is not available and the plain-HTML view is shown instead of the drawn widget.
    get fallback() { return this._fallback === true; }
    // 'text' while the text view is shown in place of the canvas, 'drawn' otherwise.
    get view() { return this._view || 'drawn'; }
    get stats() { return this._stats; }
    // Resolves (with the element) when the widget is idle: at once if it is, else when it gets there. A
    // widget that failed to start is idle: nothing more will happen in it.
    idle() {
      return this._ready.then(() => new Promise((resolve) => {
        if (this._isIdle()) resolve(this); else this._idleWaiters.push(resolve);
      }), () => this);
    }
    _isIdle() { return (this._moduleIdle || this._fallback === true) && this._pendingWork.size === 0; }
    _setWorkPending(name, pending) {
      if (pending) this._pendingWork.add(name); else this._pendingWork.delete(name);
      this._announceIdle();
    }
    _announceIdle() {
      this._stats.idle = this._isIdle();
      if (!this._stats.idle) return;
      const waiters = this._idleWaiters;
      this._idleWaiters = [];
      for (const resolve of waiters) resolve(this);
      this.dispatchEvent(new Event('idle'));
    }
    itemRect(testId) { return this._api() ? this._api().itemRect(testId) : null; }
    // The control the keyboard's focus ring is on, by the name itemRect takes ('tab-draft'); '' when none.
    get focusedControl() { return this._api() ? this._api().focusedControl : ''; }
    get draft() { return this._api() ? this._api().draft : ''; }
    set draft(text) { if (this._api()) this._api().draft = text; }
    get report() { return this._api() ? this._api().report : null; }
    get progress() { return this._api() ? this._api().progress : null; }
    get summary() { return this._api() ? this._api().summary : ''; }
    get notices() { return this._api() ? this._api().notices : []; }
    get periodNotice() { return this._api() ? this._api().periodNotice : ''; }
    get lang() { return this._api() ? this._api().lang : (this.getAttribute('lang') || ''); }
    set lang(tag) { if (this._api()) this._api().lang = tag; }

    _api() { return this._module ? this._module.api : null; }

    connectedCallback() {
      if (this._started) return;
      this._started = true;
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>${STYLE}</style>
        <div class="frame"><canvas tabindex="0" aria-describedby="live"></canvas>
        <p class="message" role="alert" hidden></p></div>
        <div class="live" id="live" aria-live="polite"></div>`;
      this._canvas = root.querySelector('canvas');
      this._message = root.querySelector('.message');
      this._live = root.querySelector('.live');
      this._nameCanvas();
      if (!this.style.height) this.style.height = this.getAttribute('height') || '600px';
      this._start();
    }

    _showError(text) {
      this._message.textContent = text; // textContent only: no text ever becomes markup
      this._message.hidden = false;
      this._rejectReady(new Error(text));
    }

    async _campaign() {
      const url = this.getAttribute('campaign');
      if (!url) return {};
      if (url.startsWith('#')) {
        // Campaign data inside the page (the offline copy): <script type="application/json" id="...">,
        // which may come later in the document than the element.
        if (document.readyState === 'loading') {
          await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
        }
        const data = this.getRootNode().getElementById(url.slice(1));
        return data ? { source: url, text: data.textContent } : { source: url, error: 'no element ' + url };
      }
      const source = new URL(url, document.baseURI).href;
      try {
        const response = await fetch(source, { credentials: 'same-origin' });
        if (!response.ok) return { source, error: `HTTP ${response.status}` };
        return { source, text: await response.text() };
      } catch (error) {
        return { source, error: String(error.message || error) };
      }
    }

    // The progress an offline copy carries (js/offline_copy.js): its text and when it was saved.
    async _carriedProgress() {
      const ref = this.getAttribute('progress');
      if (!ref || !ref.startsWith('#')) return {};
      if (document.readyState === 'loading') {
        await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      }
      const data = this.getRootNode().getElementById(ref.slice(1));
      return data ? { text: data.textContent, savedAt: data.getAttribute('data-saved-at') || '' } : {};
    }

    async _start() {
      if (typeof createCampaignWidget !== 'function') {
        this._showError(LOAD_ERRORS.code[uiLanguage(this.lang)]);
        return;
      }
      const campaign = await this._campaign();
      const carried = await this._carriedProgress();
      const options = {
        canvas: this._canvas,
        widgetOptions: {
          campaignText: campaign.text || '',
          campaignSource: campaign.source || '',
          campaignError: campaign.error || '',
          lang: this.getAttribute('lang') || '',
          theme: this.getAttribute('theme') || 'auto',
          storageKey: this.getAttribute('storage-key') || '',
          carriedProgress: carried.text || '',
          carriedProgressSavedAt: carried.savedAt || '',
          view: this.getAttribute('view') || '',
        },
        onFrame: (frames, lastFrameMs) => {
          this._stats.frames = frames;
          this._stats.lastFrameMs = lastFrameMs;
          this._stats.longestFrameMs = Math.max(this._stats.longestFrameMs, lastFrameMs);
          // The module draws its first frame before it hands itself over (main.cpp): ready waits for both.
          if (frames === 1) {
            this._firstFrameDrawn = true;
            if (this._module) this._resolveReady(this);
          }
        },
        onIdle: (idle) => {
          this._moduleIdle = idle;
          this._announceIdle();
        },
        onWorkPending: (name, pending) => this._setWorkPending(name, pending),
        onGlyphs: (missing, rasterized, rasterMs) => {
          this._stats.missingGlyphs = missing;
          this._stats.glyphsRasterized = rasterized;
          this._stats.glyphRasterMs = rasterMs;
        },
        // The text view shown in place of the canvas (the widget is usable: ready), or the canvas again.
        onView: (view) => {
          this._view = view;
          this._resolveReady(this);
          this._announceIdle();
        },
        // No WebGL2: the module shows its text view in place of the canvas; the widget is usable.
        onFallback: () => {
          this._fallback = true;
          this._resolveReady(this);
          this._announceIdle();
        },
        onChange: () => {
          this._nameCanvas();
          this._updateLiveRegion();
          this.dispatchEvent(new Event('change'));
        },
        // Called from inside the check: the live region reads the summary in a task of its own.
        onChecked: () => {
          if (this._liveWaitsForCheck) setTimeout(() => { if (this._liveWaitsForCheck) this._announce(); }, 0);
        },
        onError: (text) => this._showError(text),
      };
      const embeddedWasm = RELEASE.wasmFile ? null : document.getElementById(EMBEDDED_WASM_ID);
      if (RELEASE.wasmFile || embeddedWasm) {
        options.instantiateWasm = (imports, receiveInstance) => {
          const instantiating = embeddedWasm ? instantiateEmbeddedWasm(imports, embeddedWasm) : instantiateVerifiedWasm(imports);
          instantiating.then(
            (result) => receiveInstance(result.instance, result.module),
            (error) => this._showError(LOAD_ERRORS.wasm[uiLanguage(this.lang)] + (error.message || error)));
          return {}; // Emscripten's way to say the exports come later, through receiveInstance
        };
      }
      try {
        this._module = await createCampaignWidget(options);
        if (this._firstFrameDrawn) this._resolveReady(this);
        this._nameCanvas();
        this._updateLiveRegion();
      } catch (error) {
        this._showError(LOAD_ERRORS.start[uiLanguage(this.lang)] + error);
      }
    }

    // The page's aria-label names the canvas when it has one; otherwise the name is in the UI's language.
    // The frame's lang (the canvas, and the semantic mirror over it) and the live region's say which, so a
    // screen reader pronounces the names rightly whatever language the page around is in.
    _nameCanvas() {
      // Before the module runs, lang is the attribute's, which may be any tag (zh-TW): the module's answer
      // replaces it once it starts.
      const lang = uiLanguage(this.lang);
      this._canvas.setAttribute('aria-label', this.getAttribute('aria-label') || CANVAS_NAMES[lang]);
      this._canvas.parentNode.setAttribute('lang', LANG_TAGS[lang]);
      this._live.setAttribute('lang', LANG_TAGS[lang]);
    }

    // A screen reader hears the readiness and what still fails, as text, a moment after a change.
    _updateLiveRegion() {
      clearTimeout(this._liveTimer);
      this._liveWaitsForCheck = false;
      this._setWorkPending('live-region', true);
      this._liveTimer = setTimeout(() => this._announce(), 400);
    }
    // The summary of a report of the draft as it is. A check still to run is not run from here (for a
    // long draft it holds the page's thread, and a key pressed meanwhile would wait): the widget runs it
    // in slices between frames when no input waits, and onChecked brings the announcement back.
    _announce() {
      const api = this._api();
      if (api && api.checkPending) {
        this._liveWaitsForCheck = true;
        return;
      }
      this._liveWaitsForCheck = false;
      if (api) this._live.textContent = api.summary;
      this._setWorkPending('live-region', false);
    }
  }

  window.customElements.define('campaign-widget', CampaignWidgetElement);
})();
