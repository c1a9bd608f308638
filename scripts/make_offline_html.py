#!/usr/bin/python3
"""Assembles the offline widget: one .html file with everything inside (wasm, fonts, campaign, code).

    make_offline_html.py OUT.html SINGLE_FILE_JS ELEMENT_JS PAGE_CSS PAGE_JS...

SINGLE_FILE_JS is the module linked with -sSINGLE_FILE=1 (the wasm as base64 inside the JavaScript), so
nothing is fetched: the file works when opened from file:// with the network off.
"""
import pathlib
import sys


def inline_script(code):
    # A "</script" inside the code would end the element early.
    return "<script>\n" + code.replace("</script", "<\\/script") + "\n</script>"


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    out, module_js, element_js, page_css = (pathlib.Path(p) for p in sys.argv[1:5])
    page_js = "\n".join(pathlib.Path(p).read_text(encoding="utf-8") for p in sys.argv[5:])
    html = f"""<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="campaign-widget-offline" content="1">
<link rel="icon" href="data:,">
<title>活动清单（离线版）</title>
<style>
{page_css.read_text(encoding="utf-8")}
</style>
</head>
<body>
<main>
<!-- For assistive technology: the page's heading, in the widget's language (page-language.js). -->
<h1 class="visually-hidden">活动清单</h1>
<campaign-widget id="widget"></campaign-widget>
</main>
{inline_script(module_js.read_text(encoding="utf-8") + element_js.read_text(encoding="utf-8"))}
{inline_script(page_js)}
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main()
