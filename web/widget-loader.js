// Starts the widget on the page's canvas and exposes window.campaignWidget (an EventTarget):
//   ready            a Promise that resolves (to campaignWidget) once the first frame is drawn
//   stats            { frames, lastFrameMs }: frames drawn since start, the last frame's CPU time
//   itemRect(id)     a named control's rectangle { x, y, width, height } in CSS pixels relative to the
//                    viewport (like getBoundingClientRect), or null; the names are listed in the README
//   draft            the text in the draft editor (get / set)
//   report           the check of the current draft, the same JSON as `campaign-check --format json`
//   progress         the saved progress: done steps, notes, draft, language, estimator inputs
//   lang             'zh' or 'en' (get / set)
//   'change' event   fired when the progress changes (typing, a step done, the language...)
'use strict';
(function () {
  const canvas = document.getElementById('campaign-widget-canvas');
  const message = document.querySelector('.campaign-widget-message');
  const stats = { frames: 0, lastFrameMs: 0 };
  let module = null;
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });

  const widget = new EventTarget();
  const api = () => (module ? module.api : null);
  Object.defineProperties(widget, {
    ready: { value: ready },
    stats: { value: stats },
    itemRect: { value: (testId) => (api() ? api().itemRect(testId) : null) },
    draft: { get: () => (api() ? api().draft : ''), set: (text) => { if (api()) api().draft = text; } },
    report: { get: () => (api() ? api().report : null) },
    progress: { get: () => (api() ? api().progress : null) },
    lang: { get: () => (api() ? api().lang : ''), set: (tag) => { if (api()) api().lang = tag; } },
  });
  window.campaignWidget = widget;

  function showError(text) {
    message.textContent = text;
    message.hidden = false;
    rejectReady(new Error(text));
  }

  createCampaignWidget({
    arguments: ['#' + canvas.id],
    onFrame(frames, lastFrameMs) {
      stats.frames = frames;
      stats.lastFrameMs = lastFrameMs;
      if (frames === 1) resolveReady(widget);
    },
    onChange() { widget.dispatchEvent(new Event('change')); },
    onError: showError,
  }).then((instance) => { module = instance; })
    .catch((error) => showError('The widget could not start: ' + error));
})();
