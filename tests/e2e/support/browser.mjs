// Debian's Chromium, headless, driven by playwright-core: never a downloaded browser.
// WebGL2 runs on SwiftShader, the software renderer, as there is no GPU here.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

// Opens a page and records what a person would call broken: console errors, uncaught exceptions and
// requests that failed or answered with an error status.
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  await waitForWidget(page);
  await waitForIdle(page); // the first frames lay out what appears; a person sees the settled widget
  return { page, context, problems, requests };
}

// Waits for the widget's first frame; fails (instead of hanging) when it never comes.
export async function waitForWidget(page, timeoutMs = 20000) {
  await page.evaluate((timeout) => Promise.race([
    window.campaignWidget.ready,
    new Promise((_, reject) => setTimeout(() => reject(new Error('the widget drew no frame')), timeout)),
  ]), timeoutMs);
}

// The centre of a named control, in CSS pixels relative to the viewport: where a person would click.
export async function centreOf(page, testId) {
  const rect = await page.evaluate((id) => window.campaignWidget.itemRect(id), testId);
  if (!rect) throw new Error(`no control named ${testId} was drawn`);
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

// Clicks a named control where a person would, and waits for the widget to settle.
export async function clickControl(page, testId) {
  const centre = await centreOf(page, testId);
  await page.mouse.click(centre.x, centre.y);
  await waitForIdle(page);
}

// Clicks a field, selects what it holds, types over it and leaves it with Enter, as a person would.
export async function typeInto(page, testId, text) {
  await clickControl(page, testId);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await waitForIdle(page);
}

// The draft once the widget has drawn the frames that take in what was just typed (keys reach the
// draft in the next animation frames, as they reach the screen). widgetId: the element's id on a page
// with several widgets; window.campaignWidget otherwise.
export async function settledDraft(page, widgetId = null) {
  await waitForIdle(page, widgetId);
  return page.evaluate((id) => (id ? document.getElementById(id) : window.campaignWidget).draft, widgetId);
}

// Resolves once the widget is idle: no frame scheduled, no check waiting for a pause in typing, no
// saved-progress write or live-region update pending (the element's idle()). Nothing is timed here: the
// widget says when it is done. The timeout only bounds a failure, and is generous for a busy machine.
// Returns the number of frames drawn so far. widgetId: the element's id on a page with several widgets.
// Predicates are functions, not strings, so they run under a strict CSP.
export async function waitForIdle(page, widgetId = null, timeoutMs = 30000) {
  return page.evaluate(([id, timeout]) => {
    const widget = id ? document.getElementById(id) : window.campaignWidget;
    return Promise.race([
      widget.idle().then(() => widget.stats.frames),
      new Promise((_, reject) => setTimeout(() => reject(new Error('the widget never became idle')), timeout)),
    ]);
  }, [widgetId, timeoutMs]);
}

// The page's pixels as a screenshot decoded in the page itself (no PNG library needed in node):
// returns { width, height, data } with RGBA bytes, for the clip rectangle in CSS pixels.
export async function readPixels(page, clip) {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: bitmap.width, height: bitmap.height, data: Array.from(data) };
  }, png.toString('base64'));
}
