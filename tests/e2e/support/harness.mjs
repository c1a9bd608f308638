// Every browser test file serves dist/ on loopback and drives one headless Chromium. This starts both
// before the file's tests and stops them after; harness.server and harness.browser are set by then.
//   const harness = serveWidgetAndLaunchBrowser({ extraRoots, extraHeaders });   (see static_server.mjs)
import { after, before } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchChromium } from './browser.mjs';
import { startStaticServer } from './static_server.mjs';

export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist');
export const PAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../pages');

export function serveWidgetAndLaunchBrowser({ extraRoots = {}, extraHeaders } = {}) {
  const harness = { server: null, browser: null };
  before(async () => {
    harness.server = await startStaticServer(DIST, extraRoots, extraHeaders);
    harness.browser = await launchChromium();
  });
  after(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}
