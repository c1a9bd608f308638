// The sizes of a WebAssembly module's function bodies, read from its code section. The browser compiles
// each function at its first call, on the page's thread, in time that grows faster than the function's
// length: one huge function (everything called once, inlined into its caller) costs the first frame
// more than many small ones (docs/performance.md, "The first frame: no giant functions").
import fs from 'node:fs';

export function functionBodySizes(wasmPath) {
  const bytes = fs.readFileSync(wasmPath);
  let at = 8; // past the magic number and the version
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 10) { // the code section: a count, then each body with its size first
      const sizes = [];
      for (let count = leb(); count > 0; --count) {
        const body = leb();
        sizes.push(body);
        at += body;
      }
      return sizes;
    }
    at = end;
  }
  return [];
}
