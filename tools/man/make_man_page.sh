#!/bin/sh
# SPDX-License-Identifier: MIT
# Makes wijknet's man page from the program's own help (help2man), with a section per verb from
# `wijknet VERB --help`, so the page says what the program says.
# usage: make_man_page.sh WIJKNET OUTPUT
set -eu
wijknet=$1 output=$2
include=$output.h2m
verbs=$("$wijknet" --help | sed -n '/^Subcommands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
{
  echo "[VERBS]"
  for verb in $verbs; do
    echo ".SS $verb"
    echo ".nf"
    "$wijknet" "$verb" --help | sed -e 's/\\/\\e/g' -e 's/^\([.'"'"']\)/\\\&\1/'
    echo ".fi"
  done
  echo "[SEE ALSO]"
  echo "The documentation in share/doc/wijknet: formats.md (every file format), analyses.md (every analysis and its columns), guide.md."
} >"$include"
help2man --no-info --section=1 --name="map the social support network of a neighbourhood" --include="$include" \
  --output="$output.tmp" "$wijknet"
mv "$output.tmp" "$output"
rm -f "$include"
