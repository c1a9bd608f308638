#!/usr/bin/python3
"""Fails on a Chinese sentence in C++ code: the words live in the catalogue (assets/i18n), not in C++.

    find_chinese_sentences.py SOURCE_DIR [--allow PATH ...]

Reads every .cpp and .h under SOURCE_DIR/src and reports each string literal holding three or more Chinese
characters in a row, with its file and line; comments are not code and are skipped. A language's own
name (中文, 繁體) is two characters and may stay. --allow names a file (relative to SOURCE_DIR) whose
sentences are not yet moved, reported as allowed, not failed; an allowed file without any fails, so the
list names exactly the files still to move. Exit 1 when a sentence is found.
"""
import pathlib
import re
import sys

# Three or more in a row of the CJK Unified Ideographs (with Extension A and the compatibility block).
SENTENCE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{3,}")
TOKEN = re.compile(
    r"""//[^\n]*                                   # a line comment
      | /\*.*?\*/                                  # a block comment
      | (?:u8|u|U|L)?R"(?P<delimiter>[^(\s]*)\(.*?\)(?P=delimiter)"   # a raw string literal
      | (?:u8|u|U|L)?"(?:[^"\\\n]|\\.)*"           # a string literal
      | '(?:[^'\\\n]|\\.)*'                        # a character literal
    """,
    re.DOTALL | re.VERBOSE,
)


def sentences(text):
    """(line, literal) for each string literal of text holding a Chinese sentence."""
    for match in TOKEN.finditer(text):
        token = match.group(0)
        if token.startswith("/") or token.startswith("'"):
            continue
        if SENTENCE.search(token):
            yield text.count("\n", 0, match.start()) + 1, token


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    root = pathlib.Path(sys.argv[1])
    allowed = set()
    arguments = sys.argv[2:]
    while arguments:
        if arguments[0] != "--allow" or len(arguments) < 2:
            sys.exit(__doc__)
        allowed.add(arguments[1])
        arguments = arguments[2:]
    found = 0
    allowed_found = {name: 0 for name in allowed}
    for path in sorted(root.glob("src/**/*")):
        if path.suffix not in (".cpp", ".h"):
            continue
        relative = path.relative_to(root).as_posix()
        for line, literal in sentences(path.read_text(encoding="utf-8")):
            if relative in allowed:
                allowed_found[relative] += 1
                continue
            found += 1
            print(f"{relative}:{line}: a Chinese sentence in C++; put it in the catalogue (assets/i18n): {literal}")
    # The list names exactly the files still to move: one moved, or gone, leaves it.
    for name, count in sorted(allowed_found.items()):
        if count:
            print(f"{name}: {count} sentences allowed until they move to the catalogue")
        else:
            print(f"{name}: allowed, but holds no Chinese sentence (any more): take it off the list")
            found += 1
    if found:
        print(f"{found} Chinese sentences in C++ code")
        return 1
    print("no Chinese sentence in C++ code")
    return 0


if __name__ == "__main__":
    sys.exit(main())
