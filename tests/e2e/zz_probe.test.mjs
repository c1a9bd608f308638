import { test } from 'node:test';
import { openPage, waitForIdle, settledDraft } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';
const harness = serveWidgetAndLaunchBrowser();
for (const how of ['focus+Enter', 'focus+Space', 'activate']) test('probe ' + how, async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const campaign = page.locator('campaign-widget').first();
  await campaign.getByRole('tab', { name: 'Post' }).click();
  await waitForIdle(page);
  await campaign.getByRole('textbox', { name: 'Your post' }).focus();
  await waitForIdle(page);
  await page.keyboard.type('Stake $OBOL: https://www.gate.io/trade/OBOL_BTC ');
  await waitForIdle(page);
  const fix = campaign.getByRole('listitem', { name: /\$OBOL spot trading link/ }).getByRole('button', { name: 'Fix' });
  const h = await fix.elementHandle();
  if (how === 'activate') await page.evaluate((e) => e.click(), h);
  else { await page.evaluate((e) => e.focus(), h); await waitForIdle(page); await page.keyboard.press(how === 'focus+Enter' ? 'Enter' : ' '); }
  await waitForIdle(page);
  console.log(how, JSON.stringify(await settledDraft(page)), await page.evaluate(() => [window.campaignWidget.focusedControl, window.campaignWidget.shadowRoot.activeElement?.tagName]));
  await context.close();
});
