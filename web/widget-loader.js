// Starts the widget on the page's canvas and exposes window.campaignWidget:
//   ready            a Promise that resolves (to campaignWidget) once the first frame is drawn
//   stats            { frames, lastFrameMs }: frames drawn since start, the last frame's CPU time
//   itemRect(id)     a named control's rectangle { x, y, width, height } in CSS pixels relative to the
//                    viewport (like getBoundingClientRect), or null; see the README for the names
//   draft            the text in the draft editor (get / set)
'use strict';
(function () {
  const canvas = document.getElementById('campaign-widget-canvas');
  const message = document.querySelector('.campaign-widget-message');
  const stats = { frames: 0, lastFrameMs: 0 };
  let module = null;
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });

  const widget = {
    ready,
    stats,
    itemRect: (testId) => (module ? module.api.itemRect(testId) : null),
    get draft() { return module ? module.api.draft : ''; },
    set draft(text) { if (module) module.api.draft = text; },
  };
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
    onError: showError,
  }).then((instance) => { module = instance; })
    .catch((error) => showError('The widget could not start: ' + error));
})();
