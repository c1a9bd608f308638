#!/usr/bin/python3
"""Writes the licences of what the release carries into one folder, which every release artefact ships.

    collect_licenses.py OUT_DIR

    LICENSE              the project's own (MIT)
    imgui-LICENSE.txt    Dear ImGui's (MIT), from the source setup fetched into third_party/imgui
    OpenCC-NOTICE.txt    what is derived from OpenCC (the zh-Hant texts, the Traditional -> Simplified
                         folding tables), with OpenCC's copyright as Debian's package states it
    Apache-2.0.txt       the licence of OpenCC's dictionaries, as Debian ships its text
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
IMGUI_LICENSE = ROOT / "third_party" / "imgui" / "LICENSE.txt"
OPENCC_COPYRIGHT = pathlib.Path("/usr/share/doc/libopencc-data/copyright")
APACHE_2 = pathlib.Path("/usr/share/common-licenses/Apache-2.0")

NOTICE = """The campaign checklist widget's Traditional Chinese (zh-Hant) texts and its Traditional -> Simplified
folding tables are generated at build time with OpenCC and from OpenCC's dictionaries:

  OpenCC, Open Chinese Convert
  Copyright {copyright}
  Licensed under the Apache License, Version 2.0 (Apache-2.0.txt in this folder).

The generated texts and tables are changed from the dictionaries' form: only the conversions the widget
needs are kept, as lookup tables in its WebAssembly module and as texts in its campaign files.
"""


def opencc_copyright():
    """The Copyright field of the "Files: *" stanza of Debian's copyright file for OpenCC's data."""
    text = OPENCC_COPYRIGHT.read_text(encoding="utf-8")
    match = re.search(r"^Files: \*\nCopyright: (.+?)\n(?=\S)", text, re.M | re.S)
    if not match:
        sys.exit(f"collect_licenses.py: no copyright of OpenCC found in {OPENCC_COPYRIGHT}")
    return " ".join(match.group(1).split())


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for source, name in ((ROOT / "LICENSE", "LICENSE"), (IMGUI_LICENSE, "imgui-LICENSE.txt"), (APACHE_2, "Apache-2.0.txt")):
        if not source.is_file():
            sys.exit(f"collect_licenses.py: {source} is missing (make setup installs and fetches it)")
        (out / name).write_bytes(source.read_bytes())
    (out / "OpenCC-NOTICE.txt").write_text(NOTICE.format(copyright=opencc_copyright()), encoding="utf-8")


if __name__ == "__main__":
    main()
