// Text from the page into the module's memory, as UTF-8.
//
// A JavaScript string may hold lone UTF-16 surrogates (a script's string cut in the middle of an
// emoji, say), which UTF-8 cannot hold. Emscripten's own allocateUTF8 pairs a lone surrogate with
// whatever follows it, so the next character vanishes into a made-up one, and it encodes character by
// character in JavaScript (a 5 MB paste: about 150 ms); the browser's TextEncoder makes each lone
// surrogate U+FFFD and nothing else changes, at the browser's speed.
mergeInto(LibraryManager.library, {
  // A copy of text in the module's memory, to be freed by the caller (_free, or std::free in C++).
  $cwAllocateText__deps: ['malloc'],
  $cwAllocateText: function (text) {
    const bytes = new TextEncoder().encode(String(text));
    const pointer = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, pointer); // HEAPU8 after the allocation: it may have grown the memory
    HEAPU8[pointer + bytes.length] = 0;
    return pointer;
  },
});
