#!/usr/bin/python3
"""Subsets the widget's fonts from Debian's font packages at build time (fonts are never committed).

    subset_fonts.py OUT_DIR [TEXT_FILE ...]

Writes OUT_DIR/latin.ttf (Noto Sans: Latin, punctuation, symbols) and OUT_DIR/cjk.ttf (Droid Sans
Fallback: every GB2312 character, CJK and full-width punctuation, and every other character that the
given text files use, e.g. the campaigns and translations, so their text always renders).

Runs with Debian's /usr/bin/python3, which has python3-fonttools.
"""
import pathlib
import sys

from fontTools import subset

LATIN_SOURCE = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"      # fonts-noto-core
CJK_SOURCE = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"  # fonts-droid-fallback

LATIN_RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x017F),  # Latin-1 Supplement, Latin Extended-A
    (0x2000, 0x206F),  # General Punctuation: dashes, quotes, bullets, ellipsis
    (0x20A0, 0x20BF),  # currency signs
    (0x2190, 0x21FF),  # arrows
]
CJK_RANGES = [
    (0x3000, 0x303F),  # CJK Symbols and Punctuation: 。、「」【】
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms: ＯＢＯＬ ，：！
    (0x2460, 0x24FF),  # circled numbers ①②
    (0x25A0, 0x25FF),  # geometric shapes ■□▲
    (0xFFFD, 0xFFFD),  # the replacement character shown for invalid UTF-8
]


def gb2312_characters():
    """Every character of GB2312, the set that covers everyday Simplified Chinese."""
    characters = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                characters.add(ord(bytes([row, cell]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return characters


def expand(ranges):
    return {code for first, last in ranges for code in range(first, last + 1)}


def write_subset(source, unicodes, out_path):
    options = subset.Options()
    options.hinting = False          # Dear ImGui rasterizes with stb_truetype, which ignores hinting
    options.name_IDs = [1, 2]        # family and style names only
    options.notdef_outline = True
    options.layout_features = ["kern"]
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    subset.save_font(font, str(out_path), options)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out_dir = pathlib.Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)

    used = set()
    for path in sys.argv[2:]:
        used.update(ord(c) for c in pathlib.Path(path).read_text(encoding="utf-8"))

    latin = expand(LATIN_RANGES)
    write_subset(LATIN_SOURCE, latin, out_dir / "latin.ttf")
    cjk = gb2312_characters() | expand(CJK_RANGES) | {c for c in used if c >= 0x2E80}
    write_subset(CJK_SOURCE, cjk, out_dir / "cjk.ttf")


if __name__ == "__main__":
    main()
