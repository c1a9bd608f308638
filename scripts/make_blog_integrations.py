#!/usr/bin/python3
"""Makes the release's blog-engine integrations from the npm package's files, the same bytes:

    make_blog_integrations.py PACKAGE.tgz CATALOGUE.json LICENSES_DIR RELEASE_DIR

    RELEASE_DIR/campaign-widget-wordpress-<version>.zip   the WordPress plugin (integrations/wordpress/),
        under one folder, campaign-widget/, as the admin's "Upload Plugin" takes it
    RELEASE_DIR/campaign-widget-hugo-<version>/           the Hugo theme component (integrations/hugo/)

Each gets the widget's script, its .wasm and the campaigns, the inline explainer with its sentences
(CATALOGUE.json: the built snippet.json, see snippet_explainer.py) and the licences (LICENSES_DIR). The
plugin's Traditional Chinese (zh_TW) words are converted from its zh_CN ones with OpenCC, as the widget's
are (make_zh_hant.py, with the same reviewed overrides), and msgfmt compiles both; every word the plugin's
PHP says must have its zh_CN translation, or the build stops and names it. English is the words' source.
Prints the sizes of what it made.
"""
import base64
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile

import make_zh_hant
import snippet_explainer
from po_file import po_entries

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORDPRESS = ROOT / "integrations" / "wordpress"
HUGO = ROOT / "integrations" / "hugo"
PLUGIN_FOLDER = "campaign-widget"
TEXT_DOMAIN = "campaign-widget"
# A fixed time for every file of the zip, so the same sources give the same bytes.
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def widget_files(package):
    """{path under dist/: bytes} for the script, the .wasm and the campaigns, and the package's manifest."""
    files = {}
    with tarfile.open(package, "r:gz") as tar:
        manifest = json.load(tar.extractfile("package/package.json"))
        for member in tar.getmembers():
            name = member.name.removeprefix("package/dist/")
            if member.isfile() and member.name.startswith("package/dist/") and (
                    name == "campaign-widget.js" or re.fullmatch(r"campaign-widget-core\.[0-9a-f]+\.wasm", name)
                    or re.fullmatch(r"campaigns/[a-z0-9-]+\.json", name)):
                files[name] = tar.extractfile(member).read()
    return manifest, files


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def php_literal(value, indent=""):
    """A PHP literal for a JSON-like value (strings in single quotes: nothing in them is interpreted)."""
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(value, list):
        return "array( " + ", ".join(php_literal(item) for item in value) + " )"
    if isinstance(value, dict):
        inner = indent + "\t"
        rows = "".join(f"{inner}{php_literal(k)} => {php_literal(v, inner)},\n" for k, v in value.items())
        return "array(\n" + rows + indent + ")"
    raise TypeError(value)


# Every word the plugin says: __( '…', 'campaign-widget' ) and its escaping forms, in PHP.
PHP_WORD = re.compile(r"\b(?:__|esc_html__|esc_attr__|_e|esc_html_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'" + TEXT_DOMAIN + "'")


def po_quote(text):
    return json.dumps(text, ensure_ascii=False)


def traditional_po(simplified_po):
    """The zh_TW .po: every msgstr of the zh_CN one converted with OpenCC (s2twp), the header's language set."""
    entries = po_entries(simplified_po)
    replacements = make_zh_hant.load_overrides(ROOT / "assets" / "zh-Hant-overrides.json")
    converted = [make_zh_hant.apply_overrides(text, replacements)
                 for text in make_zh_hant.convert_all([msgstr for _, msgid, msgstr in entries if msgid])]
    out = ["# Generated from campaign-widget-zh_CN.po by make_blog_integrations.py: OpenCC (s2twp) and",
           "# assets/zh-Hant-overrides.json, as the widget's own zh-Hant texts.", ""]
    words = iter(converted)
    for msgctxt, msgid, msgstr in entries:
        if msgid:
            msgstr = next(words)
        else:
            msgstr = msgstr.replace("Language: zh_CN", "Language: zh_TW")
        if msgctxt is not None:
            out.append("msgctxt " + po_quote(msgctxt))
        out.append("msgid " + po_quote(msgid))
        out.append("msgstr " + po_quote(msgstr))
        out.append("")
    return "\n".join(out)


def check_translated(po_text):
    """Stops the build when a word of the PHP has no zh_CN translation."""
    translated = {msgid for _, msgid, msgstr in po_entries(po_text) if msgid and msgstr}
    said = set()
    for php in WORDPRESS.rglob("*.php"):
        for match in PHP_WORD.finditer(php.read_text(encoding="utf-8")):
            said.add(match.group(1).replace("\\'", "'"))
    missing = sorted(said - translated)
    if missing:
        sys.exit("make_blog_integrations.py: no zh_CN translation in integrations/wordpress/languages/ for:\n  "
                 + "\n  ".join(missing))


def mo(po_text):
    with tempfile.TemporaryDirectory() as work:
        po_path, mo_path = pathlib.Path(work, "words.po"), pathlib.Path(work, "words.mo")
        po_path.write_text(po_text, encoding="utf-8")
        subprocess.run(["msgfmt", "--check-format", "-o", str(mo_path), str(po_path)], check=True)
        return mo_path.read_bytes()


def wordpress_plugin(version, files, integrity, catalogue, explainer, licenses, out):
    release = {
        "version": version,
        "script_integrity": integrity,
        "campaigns": sorted(name[len("campaigns/"):-len(".json")] for name in files if name.startswith("campaigns/")),
        "loading": {lang: catalogue["snippet.loading"][lang] for lang in snippet_explainer.LANGUAGES},
    }
    contents = {}
    for source in sorted(WORDPRESS.rglob("*")):
        if source.is_file():
            relative = source.relative_to(WORDPRESS).as_posix()
            data = source.read_bytes()
            if relative in ("campaign-widget.php", "readme.txt"):
                data = data.replace(b"@VERSION@", version.encode("ascii"))
            contents[relative] = data
    contents["includes/release.php"] = (
        "<?php\n// Written by make_blog_integrations.py at release time: what the plugin needs to know about the\n"
        "// widget's files in widget/. Not to be edited.\n"
        "defined( 'ABSPATH' ) || exit;\n\nreturn " + php_literal(release) + ";\n").encode("utf-8")
    for name, data in files.items():
        contents["widget/" + name] = data
    contents["widget/explainer.js"] = explainer.encode("utf-8")
    simplified = (WORDPRESS / "languages" / f"{TEXT_DOMAIN}-zh_CN.po").read_text(encoding="utf-8")
    check_translated(simplified)
    traditional = traditional_po(simplified)
    contents[f"languages/{TEXT_DOMAIN}-zh_TW.po"] = traditional.encode("utf-8")
    contents[f"languages/{TEXT_DOMAIN}-zh_CN.mo"] = mo(simplified)
    contents[f"languages/{TEXT_DOMAIN}-zh_TW.mo"] = mo(traditional)
    for license_file in sorted(licenses.iterdir()):
        contents["licenses/" + license_file.name] = license_file.read_bytes()

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zip_file:
        for relative in sorted(contents):
            info = zipfile.ZipInfo(f"{PLUGIN_FOLDER}/{relative}", ZIP_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zip_file.writestr(info, contents[relative])


def hugo_component(version, files, integrity, catalogue, explainer, licenses, out):
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(HUGO, out)
    static = out / "static" / "campaign-widget" / version
    for name, data in files.items():
        (static / name).parent.mkdir(parents=True, exist_ok=True)
        (static / name).write_bytes(data)
    release = {
        "version": version,
        "integrity": integrity,
        "campaigns": sorted(name[len("campaigns/"):-len(".json")] for name in files if name.startswith("campaigns/")),
        "loading": {lang: catalogue["snippet.loading"][lang] for lang in snippet_explainer.LANGUAGES},
        "explainer": explainer,
        "explainer_csp_hash": snippet_explainer.csp_hash(explainer),
    }
    data = out / "data" / "campaign_widget"
    data.mkdir(parents=True)
    (data / "release.json").write_text(json.dumps(release, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    shutil.copytree(licenses, out / "licenses")


def size_of(path):
    if path.is_file():
        return path.stat().st_size
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file())


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    package, release_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[4])
    catalogue = snippet_explainer.read_catalogue(sys.argv[2])
    licenses = pathlib.Path(sys.argv[3])
    manifest, files = widget_files(package)
    version = manifest["version"]
    integrity = sri(files["campaign-widget.js"])
    explainer = snippet_explainer.explainer_script(catalogue)

    plugin = release_dir / f"campaign-widget-wordpress-{version}.zip"
    wordpress_plugin(version, files, integrity, catalogue, explainer, licenses, plugin)
    hugo = release_dir / f"campaign-widget-hugo-{version}"
    hugo_component(version, files, integrity, catalogue, explainer, licenses, hugo)
    for path in (plugin, hugo):
        print(f"release: {path.name}{'/' if path.is_dir() else ''} {size_of(path):,} bytes")


if __name__ == "__main__":
    main()
