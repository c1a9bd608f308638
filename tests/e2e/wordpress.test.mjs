// The release's WordPress plugin (build/release/campaign-widget-wordpress-<version>.zip) in Debian's
// WordPress 6.1, as a blogger uses it: installed with the admin's "Upload Plugin", a post written with
// the shortcode and one with the block, read by a visitor in Chromium. The site runs on MariaDB and
// PHP's built-in server on loopback ports, started and stopped here (engines/wordpress_site.mjs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { clickControl, launchChromium, settledDraft, waitForIdle } from './support/browser.mjs';
import { ADMIN, startWordPress } from './engines/wordpress_site.mjs';
import { MANIFEST, RELEASE_DIR } from '../release/release_files.mjs';

const PLUGIN_ZIP = path.join(RELEASE_DIR, `campaign-widget-wordpress-${MANIFEST.version}.zip`);
const BLOCK = 'campaign-widget/checklist';

// The campaigns the release ships, by name (the files of assets/campaigns/), as the engines list them.
const SHIPPED = fs.readdirSync(new URL('../../assets/campaigns/', import.meta.url))
  .filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).sort();

let wp;
let browser;
let admin; // the logged-in author's browser context and its one page
let adminPage;
const posts = {}; // name -> address of the published post

// Records what a person would call broken on a page: console errors and uncaught exceptions. WordPress's
// own requests to other hosts (avatars from Gravatar in the editor) fail here, with no network: not ours.
function watch(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const offSite = /^Failed to load resource/.test(message.text()) && !message.location().url.startsWith(wp.url);
    if (!offSite) problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  return problems;
}

// A visitor (not logged in) opens a page; every request it makes is recorded.
async function visit(url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const problems = watch(page);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { context, page, problems, requests };
}

// Publishes a post as the logged-in author, through WordPress's REST API with the admin's own nonce.
async function publish(title, content) {
  if (!(await adminPage.evaluate(() => Boolean(window.wp && window.wp.apiFetch)))) await openEditor();
  const post = await adminPage.evaluate(([postTitle, postContent]) => window.wp.apiFetch({
    path: '/wp/v2/posts', method: 'POST', data: { title: postTitle, content: postContent, status: 'publish' },
  }), [title, content]);
  return post.link;
}

// The widgets of a page get ids, in document order, so the browser helpers can name each one.
async function nameWidgets(page, ids) {
  await page.evaluate((names) => {
    const widgets = [...document.querySelectorAll('campaign-widget')];
    if (widgets.length !== names.length) throw new Error(`${widgets.length} widgets, not ${names.length}`);
    widgets.forEach((widget, index) => { widget.id = names[index]; });
    return Promise.all(widgets.map((widget) => widget.ready));
  }, ids);
}

// Clicks into the draft of one widget of the page and types, as a person would.
async function typeDraft(page, id, text) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.evaluate((widgetId) => { window.campaignWidget = document.getElementById(widgetId); }, id);
  await waitForIdle(page);
  await clickControl(page, 'tab-draft');
  await clickControl(page, 'draft-editor');
  await page.keyboard.type(text);
  return settledDraft(page, id);
}

async function openEditor() {
  await adminPage.goto(`${wp.url}/wp-admin/post-new.php`);
  await adminPage.waitForFunction(() => window.wp && window.wp.blocks && window.wp.data
    && window.wp.data.select('core/editor').getCurrentPostId());
  // The editor's welcome guide would cover the sidebar.
  await adminPage.evaluate(() => {
    if (window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) {
      window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    }
  });
}

before(async () => {
  wp = await startWordPress();
  browser = await launchChromium();
  admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  adminPage = await admin.newPage();
  await adminPage.goto(`${wp.url}/wp-login.php`);
  await adminPage.fill('#user_login', ADMIN.user);
  await adminPage.fill('#user_pass', ADMIN.password);
  await Promise.all([adminPage.waitForURL(/\/wp-admin\//), adminPage.click('#wp-submit')]);

  // Plugins → Add New → Upload Plugin, the release's zip, Install Now, then Activate Plugin.
  await adminPage.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
  await adminPage.setInputFiles('#pluginzip', PLUGIN_ZIP);
  await Promise.all([adminPage.waitForURL(/update\.php\?action=upload-plugin/), adminPage.click('#install-plugin-submit')]);
  await Promise.all([adminPage.waitForURL(/plugins\.php/), adminPage.getByRole('link', { name: 'Activate Plugin' }).click()]);
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

test('the plugin installs from its zip with "Upload Plugin" and is active', async () => {
  const row = adminPage.locator('tr[data-plugin="campaign-widget/campaign-widget.php"]');
  assert.equal(await row.getAttribute('class').then((names) => names.split(' ').includes('active')), true);
  assert.match(await row.innerText(), new RegExp(`Campaign Checklist Widget[\\s\\S]*Version ${MANIFEST.version.replace(/\./g, '\\.')}`));
});

test('the block: registered in the editor without script errors, set in its sidebar, and published', async () => {
  const problems = watch(adminPage);
  await openEditor();
  assert.equal(await adminPage.evaluate((name) => window.wp.blocks.getBlockType(name).title, BLOCK), 'Campaign checklist');

  // The saved markup of a block with its defaults, inserted as the editor would parse it from a post.
  const clientId = await adminPage.evaluate((name) => {
    const [block] = window.wp.blocks.parse(`<!-- wp:${name} {"height":"500px"} /-->`);
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    return block.clientId;
  }, BLOCK);
  assert.equal(await adminPage.evaluate((id) => window.wp.data.select('core/block-editor').getBlock(id).isValid, clientId), true);
  await adminPage.getByText('The checklist appears here on the published page.').waitFor();

  // The sidebar's settings, chosen as a person would.
  const campaign = adminPage.getByRole('combobox', { name: 'Campaign', exact: true });
  assert.deepEqual(await campaign.locator('option').allInnerTexts(),
    [...SHIPPED, 'Another campaign, by address']);
  await campaign.selectOption('sample-quill');
  await adminPage.getByRole('combobox', { name: 'View', exact: true }).selectOption('');
  // A height the widget cannot take is named in the editor at once, where the author types it, in the
  // words the published page's notice uses; a good one takes the notice away.
  const height = adminPage.getByRole('textbox', { name: 'Height', exact: true });
  await height.fill('500');
  const problem = adminPage.locator('.campaign-widget-notice').filter({ hasText: 'The height “500” is not one the widget can take.' });
  await problem.waitFor();
  await height.fill('500px');
  await problem.waitFor({ state: 'detached' });
  assert.equal(await adminPage.locator('.campaign-widget-notice').count(), 0);
  assert.deepEqual(await adminPage.evaluate((id) => window.wp.data.select('core/block-editor').getBlockAttributes(id), clientId),
    { campaign: 'sample-quill', lang: '', view: '', height: '500px' });

  await adminPage.evaluate(async () => {
    window.wp.data.dispatch('core/editor').editPost({ title: 'My checklist, as a block', status: 'publish' });
    await window.wp.data.dispatch('core/editor').savePost();
  });
  const saved = await adminPage.evaluate(() => ({ ...window.wp.data.select('core/editor').getCurrentPost(),
    content: window.wp.data.select('core/editor').getEditedPostContent() }));
  assert.equal(saved.status, 'publish');
  assert.match(saved.content, /<!-- wp:campaign-widget\/checklist \{"campaign":"sample-quill","height":"500px"\} \/-->/);
  posts.block = saved.link;
  assert.deepEqual(problems, []);
});

test('the block\'s post: the widget draws in the site\'s language and checks a typed draft', async () => {
  assert.ok(posts.block, 'the block post was published');
  const { context, page, problems, requests } = await visit(posts.block);
  await nameWidgets(page, ['widget']);
  assert.equal(await page.evaluate(() => document.getElementById('widget').fallback), false);
  assert.ok(await page.evaluate(() => document.getElementById('widget').stats.frames) >= 1);
  // No lang in the block: the site's locale, en_US.
  assert.equal(await page.evaluate(() => document.getElementById('widget').lang), 'en');
  assert.equal(await page.evaluate(() => document.getElementById('widget').progress.campaign), 'sample-quill');
  assert.equal(await page.evaluate(() => document.getElementById('widget').getBoundingClientRect().height), 500);

  assert.equal(await typeDraft(page, 'widget', 'Trying Quill today'), 'Trying Quill today');
  const report = await page.evaluate(() => document.getElementById('widget').report);
  assert.equal(report.ready, false);
  assert.ok(report.checks.length > 0);

  // The widget's files came from the plugin's own folder.
  const own = `${wp.url}/wp-content/plugins/campaign-widget/widget/`;
  assert.ok(requests.some((url) => url.startsWith(`${own}campaign-widget.js`)), requests.join('\n'));
  assert.ok(requests.some((url) => /campaign-widget-core\.[0-9a-f]{16}\.wasm$/.test(url) && url.startsWith(own)));
  assert.ok(requests.some((url) => url === `${own}campaigns/sample-quill.json`));
  assert.deepEqual(requests.filter((url) => !url.startsWith(wp.url) && !url.startsWith('data:')), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the shortcode\'s post: two widgets of different campaigns keep their own work, and the comment form still works', async () => {
  posts.shortcode = await publish('My checklists, as shortcodes', `Our notes for the OBOL campaign.

[campaign_widget campaign="obol" lang="zh"]

And the sample campaign, in English:

[campaign_widget campaign="sample-quill" lang="en" height="500px"]

Comments welcome.`);
  const { context, page, problems } = await visit(posts.shortcode);
  const scripts = await page.evaluate(() => [...document.querySelectorAll('script[src*="campaign-widget.js"]')]
    .map((script) => ({ integrity: script.integrity, crossOrigin: script.crossOrigin })));
  assert.equal(scripts.length, 1, 'one script for two widgets');
  assert.match(scripts[0].integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
  assert.equal(scripts[0].crossOrigin, 'anonymous');
  await nameWidgets(page, ['widget-obol', 'widget-quill']);
  assert.equal(await page.evaluate(() => document.getElementById('widget-obol').lang), 'zh');
  assert.equal(await page.evaluate(() => document.getElementById('widget-quill').lang), 'en');
  // Once defined, the widgets' "loading" lines are no longer shown.
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /正在加载|is loading/);

  assert.equal(await typeDraft(page, 'widget-obol', '今天买入 $OBOL'), '今天买入 $OBOL');
  assert.equal(await typeDraft(page, 'widget-quill', 'Trying Quill today'), 'Trying Quill today');
  assert.equal(await settledDraft(page, 'widget-obol'), '今天买入 $OBOL');
  const obol = await page.evaluate(() => document.getElementById('widget-obol').report.checks.map((check) => check.id));
  const quill = await page.evaluate(() => document.getElementById('widget-quill').report.checks.map((check) => check.id));
  assert.ok(obol.includes('link.spot'), obol.join(' '));
  assert.ok(!quill.includes('link.spot'), 'the English widget checks the sample campaign, not OBOL');

  // The page's own comment form: its keys stay its own, Backspace included, and the comment is sent.
  await page.locator('#comment').click();
  await page.keyboard.type('Nice post!');
  await page.keyboard.press('Backspace');
  await page.locator('#author').fill('Ann');
  await page.locator('#email').fill('ann@reader.example');
  assert.equal(await page.inputValue('#comment'), 'Nice post');
  await Promise.all([page.waitForURL(/unapproved=\d+/), page.locator('#submit').click()]);
  const comment = new URL(page.url()).searchParams.get('unapproved');
  assert.match(await page.locator(`#comment-${comment}`).innerText(), /awaiting moderation[\s\S]*Nice post/);

  // Back on the post, each widget comes back with its own work.
  await nameWidgets(page, ['widget-obol', 'widget-quill']);
  assert.equal(await settledDraft(page, 'widget-obol'), '今天买入 $OBOL');
  assert.equal(await settledDraft(page, 'widget-quill'), 'Trying Quill today');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the widget\'s files are only on pages that show a widget', async () => {
  const { context, page, requests } = await visit(`${wp.url}/?p=1`); // WordPress's "Hello world!"
  await page.waitForLoadState('load');
  assert.equal(await page.locator('#commentform').count(), 1, 'the post page itself is whole');
  assert.deepEqual(requests.filter((url) => url.includes('/plugins/campaign-widget/')), []);
  assert.equal(await page.evaluate(() => 'campaignWidgetExplainer' in window), false);
  await context.close();
});

test('settings the widget cannot take: a notice for the authors, nothing for readers, and values escaped', async () => {
  posts.input = await publish('Typos', `Three widgets, written in a hurry.

[campaign_widget campaign="obl"]

[campaign_widget height="12parsecs" view="sideways"]

[campaign_widget campaign='https://campaigns.example/c.json?x="onmouseover="alert(1)' lang="en"]`);

  await adminPage.goto(posts.input);
  const notices = adminPage.locator('.campaign-widget-notice');
  assert.equal(await notices.count(), 2);
  assert.match(await notices.nth(0).innerText(), new RegExp(`There is no campaign called “obl”\\. Use one of ${SHIPPED.join(', ')},`));
  assert.match(await notices.nth(1).innerText(), /There is no view called “sideways”[\s\S]*The height “12parsecs” is not one the widget can take/);
  assert.match(await notices.nth(1).innerText(), /Only people who can edit posts see this notice/);

  const { context, page } = await visit(posts.input);
  await page.route('https://campaigns.example/**', (route) => route.abort());
  await page.waitForLoadState('load');
  assert.equal(await page.locator('.campaign-widget-notice').count(), 0, 'a reader sees no notice');
  assert.equal(await page.locator('campaign-widget').count(), 1, 'only the widget with good settings is there');
  const names = await page.evaluate(() => document.querySelector('campaign-widget').getAttributeNames());
  assert.deepEqual(names.sort(), ['campaign', 'height', 'lang', 'style']);
  assert.doesNotMatch(await page.evaluate(() => document.querySelector('campaign-widget').getAttribute('campaign')), /"/);
  await context.close();
});

test('the admin words come in the author\'s language: zh_CN and zh_TW (the editor names the block in each)', async () => {
  for (const [locale, title, label] of [['zh_CN', '活动清单', '活动'], ['zh_TW', '活動清單', '活動']]) {
    wp.sql(`DELETE FROM wp_usermeta WHERE user_id = 1 AND meta_key = 'locale';
            INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (1, 'locale', '${locale}');`);
    const problems = watch(adminPage);
    await openEditor();
    assert.equal(await adminPage.evaluate((name) => window.wp.blocks.getBlockType(name).title, BLOCK), title, locale);
    await adminPage.evaluate((name) => {
      const block = window.wp.blocks.createBlock(name);
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    }, BLOCK);
    await adminPage.getByRole('combobox', { name: label, exact: true }).waitFor();
    assert.deepEqual(problems, [], locale);
  }
  wp.sql("DELETE FROM wp_usermeta WHERE user_id = 1 AND meta_key = 'locale';");
});

test('deactivated and deleted from the Plugins screen, the plugin leaves nothing behind and posts keep their text', async () => {
  await adminPage.goto(`${wp.url}/wp-admin/plugins.php`);
  const row = adminPage.locator('tr[data-plugin="campaign-widget/campaign-widget.php"]');
  await Promise.all([adminPage.waitForURL(/plugins\.php\?deactivate=true/), row.getByRole('link', { name: /^Deactivate/ }).click()]);
  adminPage.once('dialog', (dialog) => dialog.accept()); // "Are you sure you want to delete …?"
  await row.getByRole('link', { name: /^Delete/ }).click();
  await adminPage.getByText('Campaign Checklist Widget was successfully deleted.').waitFor();
  assert.equal(fs.existsSync(path.join(wp.site, 'wp-content/plugins/campaign-widget')), false);
  assert.equal(wp.sql("SELECT COUNT(*) FROM wp_options WHERE option_name LIKE '%campaign%widget%'").trim(), '0');

  const { context, page } = await visit(posts.shortcode);
  assert.match(await page.locator('article, main').first().innerText(), /\[campaign_widget campaign=.obol. lang=.zh.\]/, "the shortcode as text (WordPress curls its quotes)");
  assert.equal(await page.locator('campaign-widget').count(), 0);
  await context.close();
});

test('PHP said nothing about the plugin (warnings, notices, deprecations)', () => {
  const lines = wp.debugLog().split('\n').filter((line) => line.includes('/plugins/campaign-widget/'));
  assert.deepEqual(lines, []);
});
