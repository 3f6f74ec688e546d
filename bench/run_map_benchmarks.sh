#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The neighbourhood-map job at the size of issue #6: 100,000 actors, 300,000 ties, 1,000 buurt
# polygons. Times `wijknet map` (3000 x 3000 PNG) and `wijknet export` (GeoPackage), each with
# its peak memory, both in one run (map --export), and ogr2ogr writing the same GeoPackage layers
# from the CSV files, in one run.
# Usage: bench/run_map_benchmarks.sh [RESIDENTS]   (default 100k)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WIJKNET_BUILD_DIR:-$root/build}
residents=${1:-100k}
work=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v ogr2ogr >/dev/null || { echo "needs ogr2ogr (Debian package gdal-bin)" >&2; exit 1; }
cmake --build "$build" --target wijknet generate_network >/dev/null
wijknet=$build/tools/wijknet

"$build/bench/generate_network" --residents "$residents" --areas 1000 --out "$work/full" 2>/dev/null
mkdir "$work/town"
cp "$work/full/actors.csv" "$work/full/buurten.geojson" "$work/town/"
head -n 300001 "$work/full/ties.csv" > "$work/town/ties.csv"  # the issue's 300,000 ties
town=$work/town
source "$root/bench/check_quiet_machine.sh"
check_quiet_machine
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/ {print $2}') GB; date: $(date -u +%Y-%m-%d); $(gdalinfo --version)"
echo "input: $(($(wc -l < "$town/actors.csv") - 1)) actors, $(($(wc -l < "$town/ties.csv") - 1)) ties, 1000 buurten"

timed() {  # label, command...
  local label=$1
  shift
  /usr/bin/time -f "$label %e s, peak %M KB" "$@" >/dev/null
}
timed "wijknet map (3000x3000 PNG)" "$wijknet" map "$town" --areas "$town/buurten.geojson" --indicator flagged_share \
  --width 1440 --height 1440 --dpi 150 -o "$work/map.png"
timed "wijknet map --export (PNG and GeoPackage, one run)" "$wijknet" map "$town" --areas "$town/buurten.geojson" \
  --indicator flagged_share --width 1440 --height 1440 --dpi 150 -o "$work/map2.png" --export "$work/both.gpkg"
timed "wijknet export (GeoPackage, spatial index on layers up to 50,000 features)" "$wijknet" export "$town" \
  --areas "$town/buurten.geojson" -o "$work/town.gpkg"
timed "wijknet export (GeoPackage, spatial index on every layer)" "$wijknet" export "$town" \
  --areas "$town/buurten.geojson" --spatial-index yes -o "$work/indexed.gpkg"
timed "wijknet export (CSV of indicators)" "$wijknet" export "$town" --areas "$town/buurten.geojson" -o "$work/areas.csv"

# The peer: ogr2ogr builds the same three layers (points from the CSV, lines by joining the ties
# to the points with the SQLite dialect, the polygons), with spatial indexes and without.
peer() {  # label, file, layer creation options...
  local label=$1 out=$2
  shift 2
  local start end
  start=$(date +%s.%N)
  ogr2ogr -f GPKG "$out" "$town/actors.csv" -nln actors -oo X_POSSIBLE_NAMES=x -oo Y_POSSIBLE_NAMES=y \
    -oo KEEP_GEOM_COLUMNS=NO -a_srs EPSG:28992 "$@"
  ogr2ogr -update -f GPKG "$out" "$town/ties.csv" -nln ties_table
  ogr2ogr -update -f GPKG "$out" "$out" -dialect SQLite -nln ties -a_srs EPSG:28992 "$@" -sql \
    "SELECT MakeLine(a.geom, b.geom) AS geom, t.kind FROM ties_table t JOIN actors a ON a.id = t.source JOIN actors b ON b.id = t.target"
  ogr2ogr -update -f GPKG "$out" "$town/buurten.geojson" -nln areas "$@"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v l="$label" 'BEGIN { printf "%s %.2f s\n", l, e - s }'
}
peer "ogr2ogr (same GeoPackage from CSV, 4 runs, spatial indexes)" "$work/peer.gpkg"
peer "ogr2ogr (same GeoPackage from CSV, 4 runs, no spatial index)" "$work/peer-bare.gpkg" -lco SPATIAL_INDEX=NO
