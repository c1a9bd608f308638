// Minifies JavaScript files in place with terser (Debian's node-terser; scripts/setup.sh installs it):
// the module's Emscripten glue and the <campaign-widget> element, which every reader downloads. Names of
// locals are shortened and dead code dropped; property names, strings and top-level names (the page's
// createCampaignWidget) stay as they are. Comments marked /*! or @license stay.
//   node scripts/minify_js.mjs FILE...
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let terser;
try {
  terser = require('terser'); // Debian's, on NODE_PATH (/usr/share/nodejs): the Makefile sets it
} catch (error) {
  console.error('minify_js: terser is missing (Debian package node-terser): run `make setup`');
  process.exit(1);
}

for (const file of process.argv.slice(2)) {
  const result = await terser.minify(fs.readFileSync(file, 'utf8'), {
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: 'some' },
  });
  fs.writeFileSync(file, result.code + '\n');
}
