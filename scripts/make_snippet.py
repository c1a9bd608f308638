#!/usr/bin/python3
"""Writes the snippet a blogger pastes: the widget's <script> with its SRI hash, and the element.

    make_snippet.py PACKAGE.tgz OUT.html

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

SNIPPET = """<!-- Campaign checklist widget {version}: paste ONE of the two blocks below where the widget should appear. -->

<!-- From a CDN that serves npm packages: put its address for npm packages in place of https://cdn.example/npm/ -->
<script src="https://cdn.example/npm/{name}@{version}/dist/campaign-widget.js"
        integrity="{integrity}" crossorigin="anonymous"></script>
<campaign-widget lang="zh" height="600px"></campaign-widget>

<!-- Self-hosted: unpack {name}-{version}.zip into your site and put its address in place of https://your.site/
<script src="https://your.site/{name}-{version}/dist/campaign-widget.js"
        integrity="{integrity}" crossorigin="anonymous"></script>
<campaign-widget lang="zh" height="600px"></campaign-widget>
-->
"""


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    package, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    with tarfile.open(package, "r:gz") as tar:
        manifest = json.load(tar.extractfile("package/package.json"))
        script = tar.extractfile("package/dist/campaign-widget.js").read()
    integrity = "sha384-" + base64.b64encode(hashlib.sha384(script).digest()).decode("ascii")
    out.write_text(SNIPPET.format(name=manifest["name"], version=manifest["version"], integrity=integrity),
                   encoding="utf-8")


if __name__ == "__main__":
    main()
