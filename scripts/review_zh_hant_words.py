#!/usr/bin/python3
"""Holds the Traditional Chinese texts to a reviewed list of the words OpenCC's Taiwan phrasing changes.

    review_zh_hant_words.py check REVIEW OVERRIDES TEXTS...
        Exits 1, naming each, when a text holds a word change the review does not list, when the review
        lists one no text holds any more, or when a change the review calls wrong still reads so after
        the overrides. Exits 0 when every word change is reviewed and every wrong one corrected.
    review_zh_hant_words.py list OVERRIDES TEXTS...
        Prints every word change with where it occurs, as entries to review (JSON).

TEXTS are the files whose Simplified texts are converted: JSON (assets/i18n, assets/campaigns), whose "zh"
texts scripts/make_zh_hant.py converts, and the WordPress plugin's zh_CN .po
(integrations/wordpress/languages/), whose msgstr make_blog_integrations.py converts into its zh_TW one.

Why: the zh-Hant texts are OpenCC's s2twp (Taiwan characters and phrasing). Its characters are
mechanical; its phrases (TWPhrases) replace whole words, and a word has more than one sense: 扩展 (to
expand) became 擴充套件 (a software add-on). A word change is where s2twp's output differs from s2tw's
(the same characters without the phrases). Each one a text meets is reviewed once, in
assets/zh-Hant-word-changes.json: "right" (the Taiwan word a reader expects: 網絡 → 網路), or "wrong",
and then corrected in assets/zh-Hant-overrides.json. A new text that brings a new word change fails the
test (CTest zh_hant.word_changes) until someone has read it.
"""
import difflib
import json
import os
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import make_zh_hant  # noqa: E402  (the conversion under review)
from po_file import po_entries  # noqa: E402

LONGEST_WIDENING = 6  # characters a change is widened by, on each side, to reach a whole dictionary word


def texts_of(path):
    """The Simplified texts make_zh_hant.py converts in one file."""
    path = pathlib.Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        try:
            document = json.loads(text)
        except json.JSONDecodeError:
            return []
        return [o["zh"] if "zh" in o else o["label"] for o in make_zh_hant.localized_objects(document)]
    if path.suffix == ".po":
        return [msgstr for _, msgid, msgstr in po_entries(text) if msgid and msgstr]
    # The texts converted are the catalogue's and the campaigns' JSON and the plugin's .po files; the C++
    # sources hold no words of their own any more.
    sys.exit(f"review_zh_hant_words: {path.name}: not a .json or .po file of texts")


def taiwan_phrases():
    """OpenCC's TWPhrases as {s2t word: Taiwan word}, both with the Taiwan variant characters (as s2tw
    and s2twp write them), to name a change by its whole word."""
    tool = os.environ.get("OPENCC_DICT", "opencc_dict")
    data_dir = pathlib.Path(os.environ.get("OPENCC_DATA_DIR", "/usr/share/opencc"))
    entries = {}
    with tempfile.TemporaryDirectory() as work:
        def read(name):
            out = pathlib.Path(work) / (name + ".txt")
            subprocess.run([tool, "-i", str(data_dir / (name + ".ocd2")), "-o", str(out), "-f", "ocd2", "-t", "text"],
                           check=True)
            for line in out.read_text(encoding="utf-8").splitlines():
                if "\t" in line:
                    key, values = line.split("\t", 1)
                    yield key, values.split(" ")[0]

        variants = {key: value for key, value in read("TWVariants") if len(key) == 1 and len(value) == 1}

        def with_variants(text):
            return "".join(variants.get(c, c) for c in text)

        for key, value in read("TWPhrases"):
            entries[with_variants(key)] = with_variants(value)
    return entries


def word_changes(simplified, plain, phrased, phrases):
    """The word changes in one text: (zh, s2tw, s2twp) for each place where s2twp differs from s2tw,
    widened to the dictionary's whole word where one fits (擴展 → 擴充套件, not 展 → 充套件)."""
    changes = []
    matcher = difflib.SequenceMatcher(None, plain, phrased, autojunk=False)
    covered_plain = covered_phrased = 0  # a word found already covers the differences up to here
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (i2 <= covered_plain and j2 <= covered_phrased):
            continue
        # The dictionary's word around the difference: the same kept characters on its left in both, and
        # its ends on the right found apart, since a reordered word (存儲 → 儲存) or one grown around a
        # kept character (用戶 → 使用者) shows as more than one difference.
        best = None
        for left in range(0, LONGEST_WIDENING + 1):
            a1, b1 = i1 - left, j1 - left
            if a1 < 0 or b1 < 0:
                break
            for a2 in range(i2, min(len(plain), i2 + LONGEST_WIDENING) + 1):
                value = phrases.get(plain[a1:a2])
                if value is None or phrased[b1:b1 + len(value)] != value or b1 + len(value) < j2:
                    continue
                size = left + (a2 - i2)
                if best is None or size < best[0]:
                    best = (size, a1, a2, b1, b1 + len(value))
        _, a1, a2, b1, b2 = best or (0, i1, i2, j1, j2)
        covered_plain, covered_phrased = a2, b2
        # s2tw keeps positions (one character for one), so the Simplified word sits at the same place.
        zh = simplified[a1:a2] if len(simplified) == len(plain) else ""
        changes.append((zh, plain[a1:a2], phrased[b1:b2]))
    return changes


def survey(overrides_path, paths):
    """Every word change in the texts: {(s2tw, s2twp): {"zh", "in": [(file, final text)]}}."""
    replacements = make_zh_hant.load_overrides(overrides_path)
    phrases = taiwan_phrases()
    found = {}
    for path in paths:
        texts = texts_of(path)
        plain = make_zh_hant.convert_all(texts, "s2tw.json")
        phrased = make_zh_hant.convert_all(texts, "s2twp.json")
        for simplified, p, q in zip(texts, plain, phrased):
            final = make_zh_hant.apply_overrides(q, replacements)
            for zh, before, after in word_changes(simplified, p, q, phrases):
                entry = found.setdefault((before, after), {"zh": zh, "in": []})
                entry["in"].append((pathlib.Path(path).name, final, p))
    return found


def check(review_path, overrides_path, paths):
    review = json.loads(pathlib.Path(review_path).read_text(encoding="utf-8"))
    reviewed = {(e["s2tw"], e["s2twp"]): e for e in review["changes"]}
    found = survey(overrides_path, paths)
    problems = []
    for key, entry in sorted(found.items()):
        before, after = key
        if key not in reviewed:
            where = entry["in"][0]
            problems.append('not reviewed: %s → %s (%s → %s), in %s: "%s". Add it to %s as "right" or "wrong" '
                            '(and correct a wrong one in %s).'
                            % (entry["zh"] or before, after, before, after, where[0], where[1], review_path, overrides_path))
            continue
        if reviewed[key]["verdict"] == "wrong":
            for name, final, plain in entry["in"]:
                if after in final and after not in plain:
                    problems.append('reviewed as wrong but still there: %s, in %s: "%s". Correct it in %s.'
                                    % (after, name, final, overrides_path))
    for key, entry in sorted(reviewed.items()):
        if entry["verdict"] not in ("right", "wrong"):
            problems.append('%s → %s: verdict must be "right" or "wrong", not "%s"' % (key[0], key[1], entry["verdict"]))
        if key not in found:
            problems.append("no text has %s → %s any more: take it out of %s" % (key[0], key[1], review_path))
    for problem in problems:
        print("zh-Hant word changes: " + problem, file=sys.stderr)
    if not problems:
        print("zh-Hant word changes: %d, every one reviewed" % len(found))
    return 1 if problems else 0


def list_changes(overrides_path, paths):
    found = survey(overrides_path, paths)
    entries = [{"zh": e["zh"], "s2tw": k[0], "s2twp": k[1], "verdict": "?", "why": "",
                "example": "%s: %s" % (e["in"][0][0], e["in"][0][2])} for k, e in sorted(found.items())]
    print(json.dumps(entries, ensure_ascii=False, indent=2))
    return 0


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2], sys.argv[3], sys.argv[4:]))
    if len(sys.argv) >= 3 and sys.argv[1] == "list":
        sys.exit(list_changes(sys.argv[2], sys.argv[3:]))
    sys.exit(__doc__)


if __name__ == "__main__":
    main()
