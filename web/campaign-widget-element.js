// <campaign-widget>: the widget as a custom element, for pages and blogs.
//
//   <script src="campaign-widget.js"></script>
//   <campaign-widget campaign="obol.json" lang="zh"></campaign-widget>
//
// Attributes: campaign (URL of a campaign file, or #id of a <script type="application/json"> holding
// one; the built-in campaign when absent), lang (zh | zh-Hant | en; zh-TW and zh-HK choose zh-Hant),
// theme (light | dark | auto), storage-key (where progress is saved), height (CSS length, default 600px).
// Properties and events: ready, stats, itemRect(id), draft, report, progress, lang, summary, notices, periodNotice,
// fallback, 'change'.
// Each element runs its own instance of the module: its own canvas, state and storage key. Everything
// lives in an open shadow root, so the page's CSS cannot break it and it cannot break the page.
'use strict';
(function () {
  if (window.customElements.get('campaign-widget')) return;

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
      this._stats = { frames: 0, lastFrameMs: 0, longestFrameMs: 0, idle: false };
      this._ready = new Promise((resolve, reject) => { this._resolveReady = resolve; this._rejectReady = reject; });
      this._ready.catch(() => {}); // a failed start is shown in the element; nobody has to await it
      this._started = false;
    }

    get ready() { return this._ready; }
    // True when WebGL2 is not available and the plain-HTML view is shown instead of the drawn widget.
    get fallback() { return this._fallback === true; }
    get stats() { return this._stats; }
    itemRect(testId) { return this._api() ? this._api().itemRect(testId) : null; }
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
      this._canvas.setAttribute('aria-label', this.getAttribute('aria-label') || 'Campaign checklist');
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

    async _start() {
      if (typeof createCampaignWidget !== 'function') {
        this._showError('The campaign widget could not load its code (campaign-widget.js).');
        return;
      }
      const campaign = await this._campaign();
      const options = {
        canvas: this._canvas,
        widgetOptions: {
          campaignText: campaign.text || '',
          campaignSource: campaign.source || '',
          campaignError: campaign.error || '',
          lang: this.getAttribute('lang') || '',
          theme: this.getAttribute('theme') || 'auto',
          storageKey: this.getAttribute('storage-key') || '',
        },
        onFrame: (frames, lastFrameMs) => {
          this._stats.frames = frames;
          this._stats.lastFrameMs = lastFrameMs;
          this._stats.longestFrameMs = Math.max(this._stats.longestFrameMs, lastFrameMs);
          if (frames === 1) this._resolveReady(this);
        },
        onIdle: (idle) => { this._stats.idle = idle; },
        // No WebGL2: the module shows a plain-HTML view in place of the canvas; the widget is usable.
        onFallback: () => {
          this._fallback = true;
          this._resolveReady(this);
        },
        onChange: () => {
          this._updateLiveRegion();
          this.dispatchEvent(new Event('change'));
        },
        onError: (text) => this._showError(text),
      };
      try {
        this._module = await createCampaignWidget(options);
        this._updateLiveRegion();
      } catch (error) {
        this._showError('The campaign widget could not start: ' + error);
      }
    }

    // A screen reader hears the readiness and what still fails, as text.
    _updateLiveRegion() {
      clearTimeout(this._liveTimer);
      this._liveTimer = setTimeout(() => { if (this._api()) this._live.textContent = this._api().summary; }, 400);
    }
  }

  window.customElements.define('campaign-widget', CampaignWidgetElement);
})();
