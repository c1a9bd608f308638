"""The inline script and the light-DOM line that let a pasted widget say why it did not load.

Shared by make_snippet.py (snippet.html) and make_blog_integrations.py (the WordPress plugin, the Hugo
shortcode). The words come from the catalogue (assets/i18n/snippet.json, with the zh-Hant texts the build
converts: build/web/generated/i18n/snippet.json); the script is web/snippet-explainer.js with its
comment lines left out, as it goes into every page that holds a widget.
"""
import base64
import hashlib
import html
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXPLAINER = ROOT / "web" / "snippet-explainer.js"
LANGUAGES = ("zh", "zh-Hant", "en")


def read_catalogue(path):
    """{key: {zh, zh-Hant, en}} from the built catalogue file; zh-Hant falls back to zh where missing."""
    entries = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    for texts in entries.values():
        texts.setdefault("zh-Hant", texts["zh"])
    return entries


def language_of(tag):
    """The widget's language for a language tag or a WordPress locale: zh, zh-Hant or en."""
    tag = (tag or "").replace("_", "-").lower()
    if re.match(r"zh-(hant|tw|hk|mo)\b", tag):
        return "zh-Hant"
    if re.match(r"zh\b", tag):
        return "zh"
    return "en"


def explainer_script(catalogue):
    """The explainer's code with its sentences filled in, ready to go between <script> and </script>."""
    source = EXPLAINER.read_text(encoding="utf-8")
    sentences = {lang: catalogue["snippet.not-loaded"][lang] for lang in LANGUAGES}
    # ensure_ascii keeps the code ASCII (safe in any page's encoding); "</" cannot end the script early.
    filled = json.dumps(sentences, ensure_ascii=True).replace("</", "<\\/")
    source, count = re.subn(r"/\* sentences: \*/.*?/\* :sentences \*/", lambda _: filled, source)
    if count != 1:
        raise SystemExit("snippet_explainer.py: web/snippet-explainer.js has no /* sentences: */ … /* :sentences */")
    lines = [line for line in source.splitlines() if not line.strip().startswith("//") and line.strip()]
    return "\n".join(lines) + "\n"


def csp_hash(script):
    """The hash a Content-Security-Policy's script-src names to allow this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def loading_line(catalogue, lang):
    """The element's light-DOM content: one line saying the widget is loading, in its language (a span,
    which stays inside the element even where a blog wraps the snippet in a paragraph)."""
    text = html.escape(catalogue["snippet.loading"][language_of(lang)])
    return f'<span data-campaign-widget-status role="status">{text}</span>'
