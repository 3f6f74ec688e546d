#!/bin/sh
# The committed sample is exactly what samples/generate_sample.py writes. Exit 77 (skipped) where
# python3 is missing.
command -v python3 >/dev/null || exit 77
root=$1
out=$(mktemp -d) || exit 1
trap 'rm -rf "$out"' EXIT
python3 "$root/samples/generate_sample.py" --out "$out" >/dev/null || exit 1
diff -r "$out" "$root/samples/zonnedal"
