#!/usr/bin/python3
"""Fills in the release facts of the <campaign-widget> element's script (web/campaign-widget-element.js).

    fill_release_facts.py OUT_JS ELEMENT_JS VERSION [WASM DIST_DIR]

VERSION is package.json's version. With WASM and DIST_DIR (the hosted widget), the module's .wasm is
copied into DIST_DIR under a name that carries its content hash, campaign-widget-core.<hash>.wasm (older
ones there are removed), and the script names that file and its SRI hash: a host can cache the .wasm for
a year, and the browser refuses other bytes. Without them (the offline file, whose wasm is inside its
script) only the version is filled in.
"""
import base64
import hashlib
import json
import pathlib
import re
import shutil
import sys

FACTS = re.compile(r"/\* release facts: \*/ .*? /\* :release facts \*/")


def wasm_facts(wasm, dist):
    data = wasm.read_bytes()
    name = f"campaign-widget-core.{hashlib.sha256(data).hexdigest()[:16]}.wasm"
    for old in dist.glob("campaign-widget-core*.wasm"):
        if old.name != name:
            old.unlink()
    shutil.copyfile(wasm, dist / name)
    integrity = "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")
    return {"wasmFile": name, "wasmIntegrity": integrity}


def main():
    if len(sys.argv) not in (4, 6):
        sys.exit(__doc__)
    out, element = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    facts = {"version": sys.argv[3], "wasmFile": "", "wasmIntegrity": ""}
    if len(sys.argv) == 6:
        facts.update(wasm_facts(pathlib.Path(sys.argv[4]), pathlib.Path(sys.argv[5])))
    code = element.read_text(encoding="utf-8")
    if len(FACTS.findall(code)) != 1:
        sys.exit(f"{element}: expected one /* release facts: */ ... /* :release facts */ to fill in")
    # A JSON text in a JavaScript string (the element parses it): the version and the file's name and hash
    # hold no quote or backslash, so the JSON is the string's text as it is.
    text = json.dumps(facts)
    if "'" in text or "\\" in text:
        sys.exit(f"release facts with a quote or backslash cannot go into the script: {text}")
    filled = FACTS.sub(lambda _: "'" + text + "'", code)
    out.write_text(filled, encoding="utf-8")


if __name__ == "__main__":
    main()
