// The widget's elements by name. Emscripten's html5.h finds elements by CSS selector through
// document.querySelector, which cannot reach into a shadow root (where <campaign-widget> keeps its
// canvas); names registered here in this module's specialHTMLTargets are found wherever they live.
// Each widget on a page is its own module instance, so the names never clash between widgets.
mergeInto(LibraryManager.library, {
  cw_elements_install__deps: ['$specialHTMLTargets'],
  cw_elements_install: function (canvasName) {
    Module.registerElement = (name, element) => { specialHTMLTargets[name] = element; };
    Module.element = (name) => specialHTMLTargets[name] || document.querySelector(name);
    // The page hands over its canvas as Module.canvas (web/campaign-widget.js).
    if (Module.canvas) Module.registerElement(UTF8ToString(canvasName), Module.canvas);
  },
});
