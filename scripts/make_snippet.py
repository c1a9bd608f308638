#!/usr/bin/python3
"""Writes the snippet a blogger pastes: the element, the explainer, the widget's <script> with its SRI hash.

    make_snippet.py PACKAGE.tgz CATALOGUE.json OUT.html

CATALOGUE.json is the built snippet.json (build/web/generated/i18n/), with its zh-Hant texts: the element's
"loading" line and the sentence the explainer (web/snippet-explainer.js) puts in its place when the
script cannot run. The explainer goes inline; its CSP hash is written beside it for pages with a policy.

The hash is of campaign-widget.js as packed in the npm package, which is what a CDN serving npm packages
and the release's .zip both give out. That script names the .wasm's own hash, so the one integrity
attribute covers the whole widget. https://cdn.example/npm/ and https://your.site/ are placeholders the
blogger replaces with the CDN's address for npm packages or their own site.
"""
import base64
import hashlib
import json
import pathlib
import sys
import tarfile

import snippet_explainer

SNIPPET = """<!-- Campaign checklist widget {version}: paste ONE of the two blocks below where the widget should appear.
     The element shows "loading" until the script defines it; if the script cannot run, the small inline
     script says why in the page (CORS, integrity, Content-Security-Policy, a content blocker).
     The server of the files must send Access-Control-Allow-Origin (the integrity check needs CORS) and
     may send the .wasm as application/wasm. Under a Content-Security-Policy, script-src needs the
     files' origin, 'wasm-unsafe-eval' and, for the inline script, {csp_hash}. -->

<!-- From a CDN that serves npm packages: put its address for npm packages in place of https://cdn.example/npm/ -->
<campaign-widget lang="zh" height="600px">{loading}</campaign-widget>
<script>{explainer}</script>
<script src="https://cdn.example/npm/{name}@{version}/dist/campaign-widget.js"
        integrity="{integrity}" crossorigin="anonymous"></script>

<!-- Self-hosted: unpack {name}-{version}.zip into your site and put its address in place of https://your.site/
<campaign-widget lang="zh" height="600px">{loading}</campaign-widget>
<script>{explainer}</script>
<script src="https://your.site/{name}-{version}/dist/campaign-widget.js"
        integrity="{integrity}" crossorigin="anonymous"></script>
-->
"""


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    package, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[3])
    catalogue = snippet_explainer.read_catalogue(sys.argv[2])
    explainer = snippet_explainer.explainer_script(catalogue)
    with tarfile.open(package, "r:gz") as tar:
        manifest = json.load(tar.extractfile("package/package.json"))
        script = tar.extractfile("package/dist/campaign-widget.js").read()
    integrity = "sha384-" + base64.b64encode(hashlib.sha384(script).digest()).decode("ascii")
    out.write_text(SNIPPET.format(name=manifest["name"], version=manifest["version"], integrity=integrity,
                                  loading=snippet_explainer.loading_line(catalogue, "zh"), explainer=explainer,
                                  csp_hash=snippet_explainer.csp_hash(explainer)),
                   encoding="utf-8")


if __name__ == "__main__":
    main()
