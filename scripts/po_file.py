"""Reads the subset of gettext's .po format the WordPress plugin's translations are written in
(integrations/wordpress/languages/): entries of msgctxt, msgid and msgstr, each string in double quotes."""
import json


def po_entries(text):
    """[(msgctxt or None, msgid, msgstr)] of a .po file; the header is the entry whose msgid is ""."""
    entries = []
    current = {}
    field = None
    for line in text.splitlines() + [""]:
        line = line.strip()
        if not line:
            if "msgid" in current:
                entries.append((current.get("msgctxt"), current["msgid"], current.get("msgstr", "")))
            current, field = {}, None
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            current[field] += json.loads(line)
        else:
            field, _, rest = line.partition(" ")
            current[field] = json.loads(rest)
    return entries
