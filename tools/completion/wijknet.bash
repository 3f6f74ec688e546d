# SPDX-License-Identifier: MIT
# Bash completion for wijknet: the verbs, then each verb's options, read from the program's own
# help, so they are never out of date; file names otherwise.
_wijknet() {
    local current=${COMP_WORDS[COMP_CWORD]} verb="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} != -* ]]; then
            verb=${COMP_WORDS[i]}
            break
        fi
    done
    local words
    if [[ -z $verb ]]; then
        words=$("${COMP_WORDS[0]}" --help 2>/dev/null | sed -n '/^Subcommands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
        mapfile -t COMPREPLY < <(compgen -W "$words --help --version" -- "$current")
    elif [[ $current == -* ]]; then
        words=$("${COMP_WORDS[0]}" "$verb" --help 2>/dev/null | grep -o -- '--[a-z][a-z0-9-]*' | sort -u)
        mapfile -t COMPREPLY < <(compgen -W "$words" -- "$current")
    else
        mapfile -t COMPREPLY < <(compgen -f -- "$current")
    fi
}
complete -o filenames -F _wijknet wijknet
