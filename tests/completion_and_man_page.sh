#!/bin/bash
# SPDX-License-Identifier: MIT
# The bash completion offers the verbs and a verb's options; the man page has a section for every
# verb the program lists.
# usage: completion_and_man_page.sh WIJKNET SOURCE_DIR MAN_PAGE
set -eu
wijknet=$1 source=$2 man_page=$3
fail() { echo "completion_and_man_page: $*" >&2; exit 1; }
# shellcheck source=/dev/null
source "$source/tools/completion/wijknet.bash"
complete_line() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _wijknet
    echo "${COMPREPLY[*]}"
}
[ "$(complete_line "$wijknet" mea)" = measures ] || fail "'wijknet mea<TAB>' gave '$(complete_line "$wijknet" mea)'"
[[ " $(complete_line "$wijknet" "") " == *" ecomap "* ]] || fail "the verbs lack ecomap"
[ "$(complete_line "$wijknet" measures --every)" = --every-actor ] || fail "'measures --every<TAB>' gave '$(complete_line "$wijknet" measures --every)'"
[[ " $(complete_line "$wijknet" map --ar) " == *" --areas "* ]] || fail "map's options lack --areas"

verbs=$("$wijknet" --help | sed -n '/^Subcommands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
[ -s "$man_page" ] || fail "no man page at $man_page"
grep -q '^\.TH WIJKNET "1"' "$man_page" || fail "the man page has no .TH WIJKNET 1 line"
for verb in $verbs; do
    grep -q "^\.SS $verb\$" "$man_page" || fail "the man page has no section for $verb"
done
echo "completion_and_man_page: $(echo "$verbs" | wc -w) verbs completed and in the man page"
