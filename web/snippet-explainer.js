// Says, in the page itself, why a <campaign-widget> did not appear. It goes inline in the page before the
// widget's <script> (the release's snippet.html, the WordPress plugin, the Hugo shortcode), because it has
// to work exactly when that script does not.
//
// The element carries a line of light-DOM text, "loading…", which the page shows while the element is
// unknown to the browser. Once campaign-widget.js defines the element, the element draws in its shadow
// root, which has no <slot>: its light-DOM text is no longer shown, and nothing here needs to act. When
// the script fails instead (its `error` event: no CORS header, an integrity mismatch, a Content Security
// Policy, a content blocker) — or when the element is still undefined 10 s after the page's `load` — each
// undefined element's line becomes a plain sentence naming those causes, in the element's language (its
// own lang, else the page's), else English. A .wasm that cannot load is the element's own to report: by
// then it is defined, and it says so in its shadow root.
(function () {
  'use strict';
  if (window.campaignWidgetExplainer) return; // one per page, however many snippets it holds
  window.campaignWidgetExplainer = true;

  // Filled in at release time from assets/i18n/snippet.json (scripts/make_snippet.py).
  var SENTENCES = /* sentences: */ { en: 'The campaign checklist did not load.' } /* :sentences */;
  var STILL_UNDEFINED_AFTER_LOAD_MS = 10000;

  function sentenceFor(tag) {
    tag = (tag || '').toLowerCase();
    if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return SENTENCES['zh-Hant'] || SENTENCES.zh || SENTENCES.en;
    if (/^zh\b/.test(tag)) return SENTENCES.zh || SENTENCES.en;
    return SENTENCES.en;
  }

  function explain() {
    if (window.customElements && window.customElements.get('campaign-widget')) return;
    var elements = document.querySelectorAll('campaign-widget');
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      var line = element.querySelector('[data-campaign-widget-status]');
      if (!line) {
        line = document.createElement('span');
        line.setAttribute('data-campaign-widget-status', '');
        element.appendChild(line);
      }
      var withLang = element.closest('[lang]');
      line.setAttribute('role', 'alert');
      line.textContent = sentenceFor(withLang ? withLang.getAttribute('lang') : '');
    }
  }

  // A script's error event does not bubble; it passes the document on its way down (capture).
  document.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target.tagName === 'SCRIPT' && /(^|\/)campaign-widget\.js([?#]|$)/.test(target.src || '')) explain();
  }, true);

  function afterLoad() { setTimeout(explain, STILL_UNDEFINED_AFTER_LOAD_MS); }
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad);
})();
