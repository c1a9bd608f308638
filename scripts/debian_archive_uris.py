#!/usr/bin/python3
"""Prints the URIs of Debian's main archive that this machine's apt is configured with, one a line.

    debian_archive_uris.py SOURCE_LIST SOURCE_PARTS_DIR

SOURCE_LIST is apt's one-line sources file (/etc/apt/sources.list), SOURCE_PARTS_DIR the folder of
*.list (one-line) and *.sources (deb822) files; `apt-config shell` tells where they are. An entry counts
when it is enabled, carries the `main` component and names a Debian suite of the main archive (a
codename, its -updates or -backports, or stable, testing, unstable...), so the security archive and
other vendors' repositories are left out. A machine with its own mirror gets that mirror; the repository
names no host.
"""
import pathlib
import sys

CODENAMES = {"buster", "bullseye", "bookworm", "trixie", "forky", "duke", "sid"}
ALIASES = {"oldoldstable", "oldstable", "stable", "testing", "unstable", "experimental"}
MAIN_ARCHIVE_SUFFIXES = ("", "-updates", "-backports", "-proposed-updates")


def is_main_archive_suite(suite):
    for suffix in MAIN_ARCHIVE_SUFFIXES:
        base = suite[: len(suite) - len(suffix)] if suffix else suite
        if suite.endswith(suffix) and (base in CODENAMES or base in ALIASES):
            return True
    return False


def one_line_entries(text):
    """deb [options] URI SUITE COMPONENT... per line (sources.list(5), one-line style)."""
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) < 3 or words[0] not in ("deb", "deb-src"):
            continue
        if words[1].startswith("["):
            while words and not words[1].endswith("]"):
                words.pop(1)
            words.pop(1)
        if len(words) >= 4:
            yield {"URIs": [words[1]], "Suites": [words[2]], "Components": words[3:], "Enabled": "yes"}


def deb822_entries(text):
    """Stanzas of Field: value lines separated by blank lines (sources.list(5), deb822 style)."""
    stanza, field = {}, None
    for line in text.splitlines() + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if stanza:
                yield {
                    "URIs": stanza.get("uris", "").split(),
                    "Suites": stanza.get("suites", "").split(),
                    "Components": stanza.get("components", "").split(),
                    "Enabled": stanza.get("enabled", "yes").strip().lower(),
                }
            stanza, field = {}, None
        elif line[0] in " \t" and field:
            stanza[field] += " " + line.strip()
        elif ":" in line:
            field, value = line.split(":", 1)
            field = field.strip().lower()
            stanza[field] = value.strip()


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source_list, parts = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    entries = []
    if source_list.is_file():
        entries += one_line_entries(source_list.read_text(encoding="utf-8", errors="replace"))
    if parts.is_dir():
        for path in sorted(parts.iterdir()):
            text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
            if path.suffix == ".list":
                entries += one_line_entries(text)
            elif path.suffix == ".sources":
                entries += deb822_entries(text)
    uris = []
    for entry in entries:
        if entry["Enabled"] == "no" or "main" not in entry["Components"]:
            continue
        if not any(is_main_archive_suite(suite) for suite in entry["Suites"]):
            continue
        for uri in entry["URIs"]:
            uri = uri.rstrip("/")
            if not uri.startswith("cdrom:") and uri not in uris:
                uris.append(uri)
    print("\n".join(uris))


if __name__ == "__main__":
    main()
