#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs the build into a fresh prefix and uses it as a researcher would: a CMake project with
# find_package(wijknet), a program compiled with pkg-config's flags, and the installed command
# line, which must find its GIS module there and hold no path of the build.
# usage: install_and_use.sh BUILD_DIR SOURCE_DIR SCRATCH_DIR
set -eu
build=$1 source=$2 scratch=$3
prefix=$scratch/prefix
rm -rf "$scratch" && mkdir -p "$scratch"
cmake --install "$build" --prefix "$prefix" >"$scratch/install.log"
sample=$source/samples/zonnedal
workbook=$source/tests/data/workbook/werkmap.xlsx

fail() { echo "install_and_use: $*" >&2; exit 1; }
# A sanitizer build's libraries need the sanitizer's runtime, which CMake's package brings along;
# its program holds source paths for the sanitizer's reports, as it should.
sanitizer=
grep -q '^WIJKNET_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" && sanitizer=-fsanitize=address,undefined
grep -q '^WIJKNET_SANITIZE_THREADS:BOOL=ON' "$build/CMakeCache.txt" && sanitizer=-fsanitize=thread

# The command line, moved away from the build: its module is in PREFIX/lib/wijknet, which reads
# the workbook and draws the map.
"$prefix/bin/wijknet" info "$workbook" >"$scratch/info.txt" 2>&1 || { cat "$scratch/info.txt"; fail "the installed wijknet cannot read a workbook"; }
grep -q '^Actors: 5' "$scratch/info.txt" || fail "the installed wijknet read the workbook wrongly: $(cat "$scratch/info.txt")"
"$prefix/bin/wijknet" map "$sample" --areas "$sample/buurten.geojson" -o "$scratch/map.png" >"$scratch/map.log" 2>&1 ||
  { cat "$scratch/map.log"; fail "the installed wijknet cannot draw a map"; }
[ "$(head -c 8 "$scratch/map.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the installed wijknet's map is no PNG"
for place in "$build" "$source/"; do
  [ -z "$sanitizer" ] || break
  if readelf -p .rodata "$prefix/bin/wijknet" | grep -qF "$place"; then fail "the installed program holds a path of the build ($place)"; fi
done

# The man page (where help2man made one) and the bash completion are installed.
[ -f "$prefix/share/bash-completion/completions/wijknet" ] || fail "no bash completion in $prefix/share/bash-completion/completions"
if grep -q '^HELP2MAN:FILEPATH=/' "$build/CMakeCache.txt"; then
  [ -f "$prefix/share/man/man1/wijknet.1" ] || fail "no man page in $prefix/share/man/man1"
fi

# find_package(wijknet) in a project of one's own.
cmake -S "$source/tests/install/consumer" -B "$scratch/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >"$scratch/consumer-configure.log" 2>&1 ||
  { cat "$scratch/consumer-configure.log"; fail "find_package(wijknet) failed"; }
cmake --build "$scratch/consumer" >"$scratch/consumer-build.log" 2>&1 || { cat "$scratch/consumer-build.log"; fail "the consumer did not build"; }
"$scratch/consumer/count_network" "$sample" "$workbook" "$scratch/circle.png" >"$scratch/counts.txt" ||
  fail "the consumer failed: $(cat "$scratch/counts.txt")"
actors=$("$prefix/bin/wijknet" info "$sample" | sed -n 's/^Actors: \([0-9]*\).*/\1/p')
grep -q "^actors $actors clients" "$scratch/counts.txt" || fail "the consumer counted $(head -1 "$scratch/counts.txt"), the command line $actors actors"
grep -q '^workbook actors 5$' "$scratch/counts.txt" || fail "the consumer read the workbook wrongly: $(cat "$scratch/counts.txt")"
[ "$(head -c 8 "$scratch/circle.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the consumer's picture is no PNG"

# pkg-config's flags for graphlib alone.
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
cat >"$scratch/with_pkg_config.cpp" <<'CPP'
#include <iostream>
#include "wijknet/io/network_file.hpp"
int main(int, char** argv) { std::cout << wijknet::load_network(argv[1]).actor_count() << "\n"; }
CPP
# shellcheck disable=SC2046
c++ "$scratch/with_pkg_config.cpp" -o "$scratch/with_pkg_config" $(pkg-config --cflags --libs wijknet) $sanitizer ||
  fail "a program does not build with pkg-config --cflags --libs wijknet"
[ "$("$scratch/with_pkg_config" "$sample")" = "$actors" ] || fail "the pkg-config program counted another number of actors"
# The Python package, where it was installed (not for a sanitizer build, whose runtime Python lacks).
python_dir=$(sed -n 's/^WIJKNET_PYTHON_INSTALL_DIR:STRING=//p' "$build/CMakeCache.txt")
if [ -n "$python_dir" ] && [ -z "$sanitizer" ]; then
  counted=$(PYTHONPATH="$prefix/$python_dir" /usr/bin/python3 -c 'import sys, wijknet; print(wijknet.load_network(sys.argv[1]).actor_count)' "$sample") ||
    fail "the installed Python package cannot be imported from $prefix/$python_dir"
  [ "$counted" = "$actors" ] || fail "the installed Python package counted $counted actors"
fi
echo "install_and_use: installed into $prefix; find_package, pkg-config and the program work ($actors actors)"
