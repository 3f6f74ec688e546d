#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""How many of Graphviz's labels overlap, for docs/benchmarks.md.

usage: graphviz_label_overlaps.py DOT_FOLDER [ENGINE]
Lays out every .dot file in DOT_FOLDER with ENGINE (default neato) as xdot, takes each label's box
from the text Graphviz draws (its own position and width, the font size as height) and counts the
pairs of labels whose boxes overlap. Prints: files, files with an overlap, overlapping pairs,
labels. wijknet's ecomaps have none: the layout tests hold that on every generated ego network.
"""
import pathlib
import re
import subprocess
import sys

# An xdot text operation: T x y justification width length -text (xdot 1.7).
TEXT = re.compile(r"T (-?[\d.]+) (-?[\d.]+) (-?\d) ([\d.]+) (\d+) -")
FONT = re.compile(r"F ([\d.]+) ")


def label_boxes(xdot):
    """(x0, y0, x1, y1) of every label, in points, y up as Graphviz has it."""
    boxes = []
    for draw in re.findall(r'_ldraw_="([^"]*)"', xdot.replace("\\\n", "")):
        size = 14.0
        for part in re.split(r"(?=F [\d.]+ )|(?=T -?[\d.]+ )", draw):
            font = FONT.match(part)
            if font:
                size = float(font.group(1))
            text = TEXT.match(part)
            if not text:
                continue
            x, y, justify, width = float(text.group(1)), float(text.group(2)), int(text.group(3)), float(text.group(4))
            left = x - width / 2 if justify == 0 else x if justify < 0 else x - width
            # From the baseline: descenders below, the rest of the font size above.
            boxes.append((left, y - 0.2 * size, left + width, y + 0.8 * size))
    return boxes


def overlapping_pairs(boxes):
    pairs = 0
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                pairs += 1
    return pairs


def main():
    folder = pathlib.Path(sys.argv[1])
    engine = sys.argv[2] if len(sys.argv) > 2 else "neato"
    files = with_overlap = pairs = labels = 0
    for dot in sorted(folder.glob("*.dot")):
        xdot = subprocess.run([engine, "-Txdot", str(dot)], check=True, capture_output=True, text=True).stdout
        boxes = label_boxes(xdot)
        found = overlapping_pairs(boxes)
        files += 1
        labels += len(boxes)
        pairs += found
        with_overlap += 1 if found else 0
    print(f"{engine} labels {files} files {with_overlap} with overlaps {pairs} overlapping pairs {labels} labels")


if __name__ == "__main__":
    main()
