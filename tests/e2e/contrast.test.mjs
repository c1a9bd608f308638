// The widget's text as drawn, measured: in the light and the dark theme, the pixels inside a few named
// controls (a quiet label, buttons, the current language's button, a hovered button, tabs, a link, the
// plot's axis label, a refusal in the fail colour, a warning in the warn colour) reach WCAG AA's 4.5:1 between the text's strongest pixel and the background around
// it. The palette's every pair is tested natively (tests/unit/palette_test.cpp); this shows the drawn
// result is what the palette promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { clickControl, centreOf, openPage, readPixels, typeInto, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

// WCAG 2.x relative luminance and contrast ratio of 8-bit sRGB colours (as src/core/accessibility/contrast.cpp).
function luminance([r, g, b]) {
  const linear = (value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
function contrast(first, second) {
  const [a, b] = [luminance(first), luminance(second)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

// Inside a control's rectangle: the background is its most common colour, the text its pixel of the
// greatest contrast to that (the core of a glyph's stroke, drawn at full strength).
async function measuredContrast(page, testId) {
  const rect = await page.evaluate((id) => window.campaignWidget.itemRect(id), testId);
  assert.ok(rect, `${testId} is drawn`);
  const clip = { x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2 };
  const { data } = await readPixels(page, clip);
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const [mostCommon] = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const background = [(mostCommon >> 16) & 255, (mostCommon >> 8) & 255, mostCommon & 255];
  let strongest = 1;
  let text = background;
  for (const key of counts.keys()) {
    const colour = [(key >> 16) & 255, (key >> 8) & 255, key & 255];
    const ratio = contrast(colour, background);
    if (ratio > strongest) [strongest, text] = [ratio, colour];
  }
  return { ratio: strongest, text, background };
}

// Measures each control and says every one under 4.5:1 at once; t.diagnostic lists all the ratios.
async function measureAll(t, page, controls, scheme, found) {
  for (const [testId, what] of controls) {
    const { ratio, text, background } = await measuredContrast(page, testId);
    const line = `${scheme}: ${what} (${testId}): rgb(${text}) on rgb(${background}), ${ratio.toFixed(2)}:1`;
    t.diagnostic(line);
    if (ratio < 4.5) found.push(line);
  }
}

for (const scheme of ['light', 'dark']) {
  test(`the widget's text reaches 4.5:1 on its background as drawn, in the ${scheme} theme`, async (t) => {
    const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`, { colorScheme: scheme });
    const under = [];
    await measureAll(t, page, [
      ['about', 'the About button'],
      ['readiness', 'the readiness line'],
      ['save-offline', 'a button\'s label'],
      ['lang-en', 'the current language\'s button'],
      ['tab-research', 'the selected tab'],
      ['tab-draft', 'a tab'],
      ['source:what-is-obol:0', 'a source link (muted text)'],
    ], scheme, under);

    // A button under the mouse.
    const zh = await centreOf(page, 'lang-zh');
    await page.mouse.move(zh.x, zh.y);
    await waitForIdle(page);
    await measureAll(t, page, [['lang-zh', 'a hovered button']], scheme, under);

    await clickControl(page, 'tab-launchpool');
    await measureAll(t, page, [['estimator-plot-y-axis', 'the plot\'s axis label (muted text)']], scheme, under);

    // A refused number says why in the fail colour; an implausible one is warned of in the warn colour.
    await typeInto(page, 'estimator-stake', 'abc');
    await typeInto(page, 'estimator-days', '400');
    await measureAll(t, page, [
      ['estimator-stake-problem', 'a refused number\'s reason (fail text)'],
      ['estimator-days-warning', 'an implausible number\'s warning (warn text)'],
    ], scheme, under);
    assert.deepEqual(under, [], 'every measured text reaches 4.5:1');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
