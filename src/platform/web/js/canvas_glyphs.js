// Glyphs drawn by the browser's own fonts, one at a time, on a Canvas 2D context (an OffscreenCanvas
// where there is one): the C++ side is src/platform/web/canvas_glyphs.cpp. Emscripten pastes $cwGlyphs
// into the module by each property's source text: methods are written `name: function`, and objects
// (the regular expression) are made at run time.
//
// Text is drawn in white on a transparent canvas: plain glyphs come out white with their coverage as
// alpha (Dear ImGui tints them with the text colour), colour emoji come out in their own colours.
//
// A glyph no font has: the browser draws its "tofu" (the first font's .notdef) for it. The reference is
// U+0378, unassigned in Unicode, which no font has. A code point whose measure (advance and ink box,
// scaled from the reference's at 100 px) and pixels are the tofu's is missing; its pixels are compared
// only when the measure matches, with the tofu drawn at that size once. A code point that draws nothing
// at all is missing too, unless nothing is its picture (blanks, joiners, variation selectors, marks,
// controls).
//
// Asking for the reference makes the browser search every font of the system, and a page's first text
// loads the first font and the CJK font: tens of milliseconds. The module starts that work as soon as it
// is created (warmUp), while its WebAssembly is still being fetched and compiled and the main thread
// waits anyway, not in the first frame.
mergeInto(LibraryManager.library, {
  $cwGlyphs: {
    // System UI first (Latin looks native), then each platform's CJK fonts, then the generic family,
    // then the colour emoji fonts (the browser falls back to them for emoji the text fonts lack).
    fontStack: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, ' +
      '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", ' +
      'sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"',
    context: null,
    canvasSize: 0,
    em: 0,
    reference: null, // the tofu's measure at 100 px: { advance, left, right, ascent, descent }
    tofuByEm: {},    // the tofu drawn at each size where a glyph's measure matched it
    lineMetrics: null, // the first font's ascent and descent per pixel of em
    pixels: null,   // the last glyph's RGBA pixels, until copied
    blank: null,    // what draws nothing by right (made in create: values here are pasted as source text)

    create: function () {
      if (cwGlyphs.context) return true;
      let canvas = null;
      if (typeof OffscreenCanvas === 'function') canvas = new OffscreenCanvas(64, 64);
      else if (typeof document !== 'undefined') canvas = document.createElement('canvas');
      // willReadFrequently: every glyph is read back; a canvas kept in CPU memory reads fastest.
      const context = canvas && canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return false;
      cwGlyphs.context = context;
      cwGlyphs.canvasSize = 64;
      cwGlyphs.blank = new RegExp('^[\\p{White_Space}\\p{Default_Ignorable_Code_Point}\\p{M}\\p{Cc}]*$', 'u');
      return true;
    },

    // The canvas grows to hold the largest glyph asked for; growing resets its state.
    ensureCanvas: function (size) {
      if (size <= cwGlyphs.canvasSize) return;
      cwGlyphs.canvasSize = Math.max(size, cwGlyphs.canvasSize * 2);
      cwGlyphs.context.canvas.width = cwGlyphs.canvasSize;
      cwGlyphs.context.canvas.height = cwGlyphs.canvasSize;
      cwGlyphs.em = 0;
    },

    setEm: function (em) {
      if (cwGlyphs.em === em) return;
      cwGlyphs.em = em;
      cwGlyphs.context.font = `${em}px ${cwGlyphs.fontStack}`;
      cwGlyphs.context.fillStyle = '#fff';
      cwGlyphs.context.textBaseline = 'alphabetic';
    },

    // Loads the fonts and measures the references (see above); once, at the module's creation.
    warmUp: function () {
      try {
        if (!cwGlyphs.create()) return;
        cwGlyphs.setEm(100);
        const line = cwGlyphs.context.measureText('Hg');
        cwGlyphs.lineMetrics = line.fontBoundingBoxAscent > 0
          ? { ascent: line.fontBoundingBoxAscent / 100, descent: line.fontBoundingBoxDescent / 100 } : null;
        cwGlyphs.context.measureText('\u4e2d'); // loads the CJK font
        const tofu = cwGlyphs.context.measureText('\u0378');
        cwGlyphs.reference = { advance: tofu.width, left: tofu.actualBoundingBoxLeft, right: tofu.actualBoundingBoxRight,
          ascent: tofu.actualBoundingBoxAscent, descent: tofu.actualBoundingBoxDescent };
      } catch (error) {
        cwGlyphs.reference = null; // measured again when first needed
      }
    },

    // Whether a glyph drawn at em measures like the tofu (within a pixel).
    measuresLikeTofu: function (glyph, em) {
      if (!cwGlyphs.reference) cwGlyphs.warmUp();
      const r = cwGlyphs.reference;
      if (!r) return true; // no measure: compare the pixels
      const scale = em / 100;
      const near = (a, b) => Math.abs(a - b) <= 1;
      return near(glyph.advance, r.advance * scale) && near(glyph.measure.actualBoundingBoxRight, r.right * scale) &&
        near(glyph.measure.actualBoundingBoxAscent, r.ascent * scale) &&
        near(glyph.measure.actualBoundingBoxDescent, r.descent * scale);
    },

    // Draws text and reads it back: the picture's box around the pen position and its pixels.
    draw: function (text) {
      const context = cwGlyphs.context;
      const measure = context.measureText(text);
      const left = Math.floor(-measure.actualBoundingBoxLeft) - 1;
      const top = Math.floor(-measure.actualBoundingBoxAscent) - 1;
      const width = Math.ceil(measure.actualBoundingBoxRight) + 1 - left;
      const height = Math.ceil(measure.actualBoundingBoxDescent) + 1 - top;
      const glyph = { advance: measure.width, left, top, width, height, pixels: null, measure };
      if (!(width > 2 && height > 2) || !Number.isFinite(width + height)) {
        glyph.width = glyph.height = 0;
        return glyph;
      }
      const em = cwGlyphs.em;
      cwGlyphs.ensureCanvas(Math.max(width, height));
      cwGlyphs.setEm(em);
      context.clearRect(0, 0, width, height);
      context.fillText(text, -left, -top);
      glyph.pixels = context.getImageData(0, 0, width, height).data;
      return glyph;
    },

    sameGlyph: function (a, b) {
      if (a.advance !== b.advance || a.width !== b.width || a.height !== b.height || a.top !== b.top) return false;
      if (!a.pixels || !b.pixels) return a.pixels === b.pixels;
      for (let i = 3; i < a.pixels.length; i += 4) if (a.pixels[i] !== b.pixels[i]) return false;
      return true;
    },

    inkless: function (glyph) {
      if (!glyph.pixels) return true;
      for (let i = 3; i < glyph.pixels.length; i += 4) if (glyph.pixels[i] !== 0) return false;
      return true;
    },

    // Whether no font has the code point that starts text (a cluster is missing when its base is).
    missing: function (text, glyph) {
      const first = String.fromCodePoint(text.codePointAt(0));
      if (cwGlyphs.blank.test(first)) return false;
      const base = first === text ? glyph : cwGlyphs.draw(first);
      if (cwGlyphs.inkless(base)) return true;
      const em = cwGlyphs.em;
      if (!cwGlyphs.measuresLikeTofu(base, em)) return false;
      cwGlyphs.setEm(em); // the reference may have been measured at another size just now
      if (!cwGlyphs.tofuByEm[em]) cwGlyphs.tofuByEm[em] = cwGlyphs.draw('\u0378');
      return cwGlyphs.sameGlyph(base, cwGlyphs.tofuByEm[em]);
    },

    // Colour: an opaque enough pixel that is not white (plain text is drawn in white only).
    coloured: function (glyph) {
      const p = glyph.pixels;
      if (!p) return false;
      for (let i = 0; i < p.length; i += 4) {
        if (p[i + 3] > 64 && Math.min(p[i], p[i + 1], p[i + 2]) < 200) return true;
      }
      return false;
    },
  },

  $cwGlyphs__postset: 'setTimeout(function () { cwGlyphs.warmUp(); }, 0);',

  cw_canvas_glyphs_create__deps: ['$cwGlyphs'],
  cw_canvas_glyphs_create: function () {
    try { return cwGlyphs.create() ? 1 : 0; } catch (error) { return 0; }
  },

  // The first font's ascent and descent per pixel of em, into out[0], out[1].
  cw_canvas_glyphs_line_metrics__deps: ['$cwGlyphs'],
  cw_canvas_glyphs_line_metrics: function (out) {
    if (!cwGlyphs.lineMetrics) cwGlyphs.warmUp();
    const metrics = cwGlyphs.lineMetrics;
    if (metrics) { // older browsers lack the font box: keep the caller's defaults
      HEAPF32[out >> 2] = metrics.ascent;
      HEAPF32[(out >> 2) + 1] = metrics.descent;
    }
  },

  cw_canvas_glyphs_advance__deps: ['$cwGlyphs'],
  cw_canvas_glyphs_advance: function (text, length, em) {
    cwGlyphs.setEm(em);
    return cwGlyphs.context.measureText(UTF8ToString(text, length)).width;
  },

  // Draws text at em pixels. out (floats): advance, left, top, width, height, coloured, missing. The
  // pixels wait for cw_canvas_glyphs_copy_pixels.
  cw_canvas_glyphs_draw__deps: ['$cwGlyphs'],
  cw_canvas_glyphs_draw: function (text, length, em, out) {
    const string = UTF8ToString(text, length);
    cwGlyphs.setEm(em);
    const glyph = cwGlyphs.draw(string);
    const missing = cwGlyphs.missing(string, glyph);
    const values = [glyph.advance, glyph.left, glyph.top, glyph.width, glyph.height,
      cwGlyphs.coloured(glyph) ? 1 : 0, missing ? 1 : 0];
    for (let i = 0; i < values.length; i++) HEAPF32[(out >> 2) + i] = values[i];
    cwGlyphs.pixels = missing ? null : glyph.pixels;
  },

  cw_canvas_glyphs_copy_pixels__deps: ['$cwGlyphs'],
  cw_canvas_glyphs_copy_pixels: function (destination) {
    if (cwGlyphs.pixels) HEAPU8.set(cwGlyphs.pixels, destination);
    cwGlyphs.pixels = null;
  },
});
