// Text from the page into the module's memory, as UTF-8.
//
// A JavaScript string may hold lone UTF-16 surrogates (a script's string cut in the middle of an
// emoji, say), which UTF-8 cannot hold. Emscripten's own allocateUTF8 pairs a lone surrogate with
// whatever follows it, so the next character vanishes into a made-up one; here each lone surrogate
// becomes U+FFFD first, as TextEncoder does, and nothing else changes.
mergeInto(LibraryManager.library, {
  $cwWellFormed: function (text) {
    if (typeof text.toWellFormed === 'function') return text.toWellFormed();
    // Browsers without toWellFormed: a pair stays, a surrogate on its own is replaced.
    return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g,
      function (match) { return match.length === 2 ? match : '\uFFFD'; });
  },

  // A copy of text in the module's memory, to be freed by the caller (_free, or std::free in C++).
  $cwAllocateText__deps: ['$cwWellFormed', 'malloc'],
  $cwAllocateText: function (text) {
    return allocateUTF8(cwWellFormed(String(text)));
  },
});
