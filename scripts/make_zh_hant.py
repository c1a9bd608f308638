#!/usr/bin/python3
"""Traditional Chinese (zh-Hant) texts, converted from the Simplified ones at build time with OpenCC.

    make_zh_hant.py json OUT_DIR OVERRIDES IN.json...
        Writes each JSON file (UI texts in assets/i18n, campaigns in assets/campaigns) to OUT_DIR with a
        "zh-Hant" text beside every "zh" text that has none: a campaign may give its own.

Run by CMake (cmake/traditional_chinese.cmake); the output is never committed. The conversion is
OpenCC's s2twp (Taiwan characters and phrasing: 链接 → 連結, 软件 → 軟體), then the reviewed
replacements of OVERRIDES (assets/zh-Hant-overrides.json) where it reads wrong. OPENCC names the
opencc tool (default: opencc on PATH) and OPENCC_CONFIG its configuration (default: s2twp.json).
"""
import json
import os
import pathlib
import re
import subprocess
import sys

# Texts go to opencc one per line; a line break inside one travels as this private-use character.
LINE_BREAK = "\ue000"


def convert_all(texts, config=None):
    """Converts many texts with one run of opencc (each run loads the dictionaries: about 50 ms)."""
    if not texts:
        return []
    tool = os.environ.get("OPENCC", "opencc")
    config = config or os.environ.get("OPENCC_CONFIG", "s2twp.json")
    joined = "\n".join(t.replace("\n", LINE_BREAK) for t in texts) + "\n"
    result = subprocess.run([tool, "-c", config], input=joined.encode("utf-8"), stdout=subprocess.PIPE, check=True)
    lines = result.stdout.decode("utf-8").split("\n")[: len(texts)]
    if len(lines) != len(texts):
        sys.exit("make_zh_hant.py: opencc returned %d lines for %d texts" % (len(lines), len(texts)))
    return [line.replace(LINE_BREAK, "\n") for line in lines]


def load_overrides(path):
    document = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    replacements = []
    for entry in document["replacements"]:
        replacements.append((entry["from"], entry["to"]))
    # Longer first, so that a replacement inside a longer one does not take its text away.
    replacements.sort(key=lambda pair: -len(pair[0]))
    return replacements


def apply_overrides(text, replacements):
    for old, new in replacements:
        text = text.replace(old, new)
    return text


def write_if_changed(path, text):
    path = pathlib.Path(path)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def localized_objects(value):
    """Every object with a "zh" string and no "zh-Hant", anywhere in a JSON document; and the Chinese
    keyword groups of a campaign's topics, whose "label" gets a "label_zh-Hant"."""
    if isinstance(value, dict):
        if isinstance(value.get("zh"), str) and "zh-Hant" not in value:
            yield value
        if isinstance(value.get("keywords"), dict) and isinstance(value["keywords"].get("zh"), list):
            for group in value["keywords"]["zh"]:
                if isinstance(group, dict) and isinstance(group.get("label"), str) and "label_zh-Hant" not in group:
                    yield group
        for child in value.values():
            yield from localized_objects(child)
    elif isinstance(value, list):
        for child in value:
            yield from localized_objects(child)


def with_zh_hant(value, converted):
    """A copy of value with "zh-Hant" right after "zh" in each object listed in converted (by id)."""
    if isinstance(value, dict):
        out = {}
        for key, child in value.items():
            out[key] = with_zh_hant(child, converted)
            if key == "zh" and isinstance(child, str) and id(value) in converted:
                out["zh-Hant"] = converted[id(value)]
            if key == "label" and id(value) in converted:
                out["label_zh-Hant"] = converted[id(value)]
        return out
    if isinstance(value, list):
        return [with_zh_hant(child, converted) for child in value]
    return value


def convert_json_files(out_dir, overrides, inputs):
    replacements = load_overrides(overrides)
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for input_path in inputs:
        text = pathlib.Path(input_path).read_text(encoding="utf-8")
        try:
            document = json.loads(text)
        except json.JSONDecodeError:
            # Not ours to judge here: the loader reports it with its place. Passed on unchanged.
            write_if_changed(out_dir / pathlib.Path(input_path).name, text)
            continue
        objects = list(localized_objects(document))
        traditional = convert_all([o["zh"] if "zh" in o else o["label"] for o in objects])
        converted = {id(o): apply_overrides(t, replacements) for o, t in zip(objects, traditional)}
        out = json.dumps(with_zh_hant(document, converted), ensure_ascii=False, indent=2) + "\n"
        write_if_changed(out_dir / pathlib.Path(input_path).name, out)


def main():
    if len(sys.argv) < 4 or sys.argv[1] != "json":
        sys.exit(__doc__)
    convert_json_files(sys.argv[2], sys.argv[3], sys.argv[4:])


if __name__ == "__main__":
    main()
