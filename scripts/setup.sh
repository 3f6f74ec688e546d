#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages wijknet builds and tests with. Packages already present are
# skipped, so a second run costs a second or two. Needs root or sudo for the install itself.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev    # Boost.Graph: the graph under the model
  libgraphviz-dev       # cgraph/gvc: whole-network layouts
  libcairo2-dev         # all drawing: SVG, PNG, PDF
  libpango1.0-dev       # text layout with real font metrics
  fonts-dejavu-core     # a font that covers Dutch diacritics
  libgdal-dev           # GIS layers and coordinate systems
  libexpat1-dev         # GraphML parsing with line numbers
  libcli11-dev          # the command line
  libsqlite3-dev        # the project file
  libgtest-dev libgmock-dev libbenchmark-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

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
