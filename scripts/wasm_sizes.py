#!/usr/bin/python3
"""Where a wasm module's bytes go: each section raw and gzip-compressed (level 9), the code by owner, and
the largest functions.

    wasm_sizes.py MODULE.wasm [TOP]

The names come from the module's name section, which the widget's release link strips: link it once
more with --profiling-funcs added (docs/performance.md, "Page size", says how). Code inlined into a
function counts as that function's. Owners are told apart by the names' prefixes (cw::web and the
module's main: the web platform; the panels: the UI; the rest of cw::: the core; std:: with the
project's types in it counts as libc++), so the split is rough: Dear ImGui's static functions, for one,
have no prefix and count with libc.
"""
import collections
import gzip
import re
import sys

SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
            7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}

OWNERS = [
    ("nlohmann/json", r"nlohmann::"),
    ("web platform", r"(cw::web::|\(anonymous namespace\)::draw_frame|__original_main|cw_)"),
    ("UI", r"cw::(\(anonymous namespace\)::font|Widget|TextEditor|LaunchpoolPanel|ResearchPanel|DraftPanel|"
           r"AboutPanel|UiContext|apply_theme|palette|draw_|wrapped_text|text_wrapped)"),
    ("core", r"(cw::|auto cw::)"),
    ("Dear ImGui", r"(ImGui|Im[A-Z]|stbrp|stb_)"),
    ("libc++", r"(std::|__cxxabiv1|operator new|operator delete)"),
    ("libc, malloc, compiler runtime", r""),
]


def leb128(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def skip_name(data, pos):
    length, pos = leb128(data, pos)
    return pos + length


def imported_functions(data, pos):
    count, pos = leb128(data, pos)
    functions = 0
    for _ in range(count):
        pos = skip_name(data, skip_name(data, pos))
        kind = data[pos]
        pos += 1
        if kind == 0:  # a function: its type's index
            _, pos = leb128(data, pos)
            functions += 1
        elif kind in (1, 2):  # a table (its element type first) or a memory: limits
            pos += 1 if kind == 1 else 0
            flags, pos = leb128(data, pos)
            _, pos = leb128(data, pos)
            if flags & 1:
                _, pos = leb128(data, pos)
        else:  # a global: its type and mutability
            pos += 2
    return functions


def function_names(data, pos, end):
    names = {}
    pos = skip_name(data, pos)  # "name"
    while pos < end:
        kind = data[pos]
        size, pos = leb128(data, pos + 1)
        if kind == 1:
            count, at = leb128(data, pos)
            for _ in range(count):
                index, at = leb128(data, at)
                length, at = leb128(data, at)
                names[index] = data[at:at + length].decode("utf-8", "replace")
                at += length
        pos += size
    return names


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    data = open(sys.argv[1], "rb").read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    pos = 8
    first_function = 0
    bodies = []  # (size, function index)
    names = {}
    print(f"{'section':24} {'raw':>10} {'gzip':>10}")
    while pos < len(data):
        section = data[pos]
        size, pos = leb128(data, pos + 1)
        end = pos + size
        label = SECTIONS.get(section, str(section))
        if section == 0:
            length, at = leb128(data, pos)
            custom = data[at:at + length].decode("utf-8", "replace")
            label += " " + custom
            if custom == "name":
                names = function_names(data, pos, end)
        elif section == 2:
            first_function = imported_functions(data, pos)
        elif section == 10:
            count, at = leb128(data, pos)
            for i in range(count):
                length, at = leb128(data, at)
                bodies.append((length, first_function + i))
                at += length
        print(f"{label:24} {size:10,} {len(gzip.compress(data[pos:end], 9)):10,}")
        pos = end

    code = sum(size for size, _ in bodies)
    if not names:
        print(f"\n{len(bodies)} functions, {code:,} bytes of code; no name section: link with --profiling-funcs")
        return
    by_owner = collections.Counter()
    for size, index in bodies:
        # A template's name starts with its return type ("void std::__2::__sort<...>").
        name = re.sub(r"^(void|bool|int|unsigned|unsigned int|unsigned long|char|float|double|auto) ", "", names.get(index, ""))
        owner = next(owner for owner, pattern in OWNERS if re.match(pattern, name))
        by_owner[owner] += size
    print(f"\n{len(bodies)} functions, {code:,} bytes of code")
    for owner, size in by_owner.most_common():
        print(f"  {owner:32} {size:9,} {100 * size / code:5.1f}%")
    print(f"\nthe {top} largest functions (raw bytes)")
    for size, index in sorted(bodies, reverse=True)[:top]:
        print(f"{size:9,}  {names.get(index, '#' + str(index))[:140]}")


if __name__ == "__main__":
    main()
