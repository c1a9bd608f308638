// embed.html?campaign=URL&lang=zh|en&theme=light|dark|auto&height=600px — for blogs that allow an
// <iframe> but no scripts. The widget fills the frame, and the page tells its parent how tall it is
// (postMessage {type: 'campaign-widget:height', height}) so the parent can fit the frame to it.
'use strict';
(function () {
  const params = new URLSearchParams(location.search);
  const widget = document.createElement('campaign-widget');
  widget.id = 'widget';
  for (const name of ['campaign', 'lang', 'theme', 'storage-key']) {
    const value = params.get(name);
    if (value) widget.setAttribute(name, value);
  }
  const height = params.get('height');
  widget.setAttribute('height', /^\d{2,4}(px|vh)$/.test(height || '') ? height : '600px');
  document.querySelector('main').append(widget); // inside the page's main landmark, after its heading
  window.campaignWidget = widget;
  window.followWidgetLanguage(widget);

  const tellParent = () => {
    if (window.parent === window) return;
    window.parent.postMessage({ type: 'campaign-widget:height', height: document.documentElement.scrollHeight }, '*');
  };
  new ResizeObserver(tellParent).observe(document.body);
  widget.ready.then(tellParent, tellParent);
})();
