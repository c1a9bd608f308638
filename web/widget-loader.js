// Starts the widget on the page's canvas and exposes window.campaignWidget:
//   ready   a Promise that resolves once the first frame is drawn
//   stats   { frames, lastFrameMs }: frames drawn since start, the last frame's CPU time
'use strict';
(function () {
  const canvas = document.getElementById('campaign-widget-canvas');
  const message = document.querySelector('.campaign-widget-message');
  const stats = { frames: 0, lastFrameMs: 0 };
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  const widget = { ready, stats };
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
  }).catch((error) => showError('The widget could not start: ' + error));
})();
