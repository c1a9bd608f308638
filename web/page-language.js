// The page around a widget speaks the widget's language: <html lang> (zh-Hans, zh-Hant or en), the
// title and the heading follow the language the widget shows — the address's ?lang=, else the person's
// saved choice, else the browser's — and a switch made in the widget (its 'change' event). Used by
// index.html, embed.html and the offline file, which are the widget's own pages; a blog that embeds the
// element keeps its own language.
'use strict';
window.followWidgetLanguage = function (widget) {
  const PAGES = {
    zh: { tag: 'zh-Hans', name: '活动清单', offline: '（离线版）' },
    'zh-Hant': { tag: 'zh-Hant', name: '活動清單', offline: '（離線版）' },
    en: { tag: 'en', name: 'Campaign checklist', offline: ' (offline)' },
  };
  const offline = !!document.querySelector('meta[name="campaign-widget-offline"]');
  // The widget's answer (zh, zh-Hant, en) once it runs; before that, the tag the page was asked for.
  const pageFor = (tag) => {
    if (PAGES[tag]) return PAGES[tag];
    if (/^zh-(hant|tw|hk|mo)/i.test(tag || '')) return PAGES['zh-Hant'];
    if (/^zh/i.test(tag || '')) return PAGES.zh;
    return tag ? PAGES.en : null;
  };
  let shown = '';
  const show = (tag) => {
    const page = pageFor(tag);
    if (!page || page.tag === shown) return;
    shown = page.tag;
    document.documentElement.lang = page.tag;
    document.title = page.name + (offline ? page.offline : '');
    const heading = document.querySelector('h1');
    if (heading) heading.textContent = page.name;
  };
  show(new URLSearchParams(location.search).get('lang') || widget.getAttribute('lang') || navigator.language);
  widget.ready.then(() => show(widget.lang), () => {});
  widget.addEventListener('change', () => show(widget.lang));
};
