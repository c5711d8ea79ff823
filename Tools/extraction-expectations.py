#!/usr/bin/env python3
"""Convert trafilatura's evaluation annotations into dateline-eval's extraction expectations.

Usage: extraction-expectations.py EVALDATA (.py or .json) OUTPUT.json

trafilatura keeps its annotations either as a Python module (`tests/evaldata.py`, one dict
literal assigned to a name) or as JSON (`tests/evaldata.json`): page address -> {"file",
"with", "without"}. dateline-eval --extract reads a JSON array of
{"file": NAME, "with": [SNIPPET...], "without": [SNIPPET...]}, one object per page, where
`file` is relative to the pages directory. The pages and the annotations stay outside the
repository; this script holds no data.
"""

import ast
import json
import sys


def load(path):
    """The address -> annotation mapping stored in `path`."""
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    if path.endswith(".json"):
        return json.loads(source)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            return ast.literal_eval(node.value)
    sys.exit(f"{path}: no dictionary of annotations found")


def expectations(annotations):
    """One expectation object per annotated page, sorted by file name."""
    pages = []
    for item in annotations.values():
        if not item.get("file"):
            continue
        pages.append({"file": item["file"], "with": list(item.get("with", [])), "without": list(item.get("without", []))})
    return sorted(pages, key=lambda page: page["file"])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    pages = expectations(load(sys.argv[1]))
    with open(sys.argv[2], "w", encoding="utf-8") as handle:
        json.dump(pages, handle, ensure_ascii=False, indent=1)
    print(f"{len(pages)} pages written to {sys.argv[2]}")


if __name__ == "__main__":
    main()
