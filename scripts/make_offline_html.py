#!/usr/bin/python3
"""Assembles the offline widget: one .html file with everything inside (wasm, campaign, code).

    make_offline_html.py OUT.html CODE_JS MODULE_WASM PAGE_CSS PAGE_JS...

CODE_JS is the module's script and the element's, MODULE_WASM the hosted page's module. The wasm goes into the page gzip-compressed (level
9) and in base64, in a <script type="application/octet-stream" id="campaign-widget-wasm"> the element
unpacks with the browser's DecompressionStream (web/campaign-widget-element.js), so nothing is fetched:
the file works when opened from file:// with the network off. Base64 of the bare wasm (Emscripten's
SINGLE_FILE) made the file three times the wasm's gzip size.
"""
import base64
import gzip
import pathlib
import sys

EMBEDDED_WASM_ID = "campaign-widget-wasm"  # the element's EMBEDDED_WASM_ID


def inline_script(code):
    # A "</script" inside the code would end the element early.
    return "<script>\n" + code.replace("</script", "<\\/script") + "\n</script>"


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    out, code_js, module_wasm, page_css = (pathlib.Path(p) for p in sys.argv[1:5])
    page_js = "\n".join(pathlib.Path(p).read_text(encoding="utf-8") for p in sys.argv[5:])
    # mtime=0: the same wasm gives the same file, byte for byte.
    packed = gzip.compress(module_wasm.read_bytes(), compresslevel=9, mtime=0)
    wasm_base64 = base64.b64encode(packed).decode("ascii")
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
<script type="application/octet-stream" id="{EMBEDDED_WASM_ID}">{wasm_base64}</script>
{inline_script(code_js.read_text(encoding="utf-8"))}
{inline_script(page_js)}
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main()
