#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what wijknet builds and tests with: Debian's packages (skipping those already there),
# and the editor tests' two npm packages (playwright-core, which drives Debian's chromium and
# downloads no browser, and axe-core). A second run costs a second or two. Needs root or sudo
# for the Debian packages.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev    # Boost.Graph: the graph under the model (and Boost.Beast, the editor's HTTP)
  libgraphviz-dev       # cgraph/gvc: whole-network layouts, and reading DOT
  libcairo2-dev         # all drawing: SVG, PNG, PDF
  libpango1.0-dev       # text layout with real font metrics
  fonts-dejavu-core     # a font that covers Dutch diacritics
  libgdal-dev           # GIS layers and coordinate systems
  libexpat1-dev         # GraphML and GEXF parsing with line numbers
  libcli11-dev          # the command line
  libsqlite3-dev        # the project file
  libsodium-dev         # pseudonyms and the editor's session token
  nlohmann-json3-dev    # easyNWK files, the editor's JSON API
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev   # the fuzz targets: libFuzzer with ASan and UBSan
  chromium              # the editor's tests run in a real browser
  python3-networkx      # the interoperability tests: networkx reads what wijknet writes
  pybind11-dev python3-dev python3-pytest   # the Python module (import wijknet) and its tests
  help2man              # the man page, made from the program's own help
)
# Node.js and npm for the editor's tests, from Debian unless a newer Node is already there.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} Debian packages present"
else
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "setup: done"
fi

# The npm packages, exactly as package-lock.json records them, when they are not there yet.
editor_tests="$root/tests/editor"
if ! cmp -s "$editor_tests/package-lock.json" "$editor_tests/node_modules/.package-lock.json.installed" 2>/dev/null; then
  echo "setup: installing the editor tests' npm packages (playwright-core, axe-core)"
  (cd "$editor_tests" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$editor_tests/package-lock.json" "$editor_tests/node_modules/.package-lock.json.installed"
fi
