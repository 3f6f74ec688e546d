# SPDX-License-Identifier: MIT
# Finds the five dependencies (and the small helpers) from Debian's packages. A missing one stops
# configuration with the package to install; scripts/setup.sh installs them all.
find_package(PkgConfig QUIET)

function(wijknet_require found what debian_package)
  if(NOT ${found})
    message(FATAL_ERROR "wijknet needs ${what}, which was not found.\n"
                        "Install it with:  sudo apt-get install ${debian_package}\n"
                        "or run scripts/setup.sh, which installs every package wijknet needs.")
  endif()
endfunction()

wijknet_require(PkgConfig_FOUND "pkg-config" pkg-config)

find_package(Boost 1.74 QUIET)
if(Boost_FOUND AND NOT EXISTS "${Boost_INCLUDE_DIRS}/boost/graph/adjacency_list.hpp")
  set(Boost_FOUND FALSE)
endif()
wijknet_require(Boost_FOUND "Boost.Graph" libboost-graph-dev)

pkg_check_modules(CGRAPH QUIET IMPORTED_TARGET libcgraph libgvc)
wijknet_require(CGRAPH_FOUND "Graphviz cgraph and gvc" libgraphviz-dev)
# graphlib reads DOT with cgraph alone; the layout engines of gvc are render's.
pkg_check_modules(CGRAPH_PARSER QUIET IMPORTED_TARGET libcgraph)

pkg_check_modules(CAIRO QUIET IMPORTED_TARGET cairo pangocairo)
wijknet_require(CAIRO_FOUND "Cairo and Pango" "libcairo2-dev libpango1.0-dev")

find_package(GDAL CONFIG QUIET)
wijknet_require(GDAL_FOUND "GDAL/OGR" libgdal-dev)

pkg_check_modules(EXPAT QUIET IMPORTED_TARGET expat)
wijknet_require(EXPAT_FOUND "expat (GraphML parsing)" libexpat1-dev)

find_package(SQLite3 3.35 QUIET)
wijknet_require(SQLite3_FOUND "SQLite (the project file)" libsqlite3-dev)

find_package(nlohmann_json 3.10 CONFIG QUIET)
wijknet_require(nlohmann_json_FOUND "nlohmann-json (easyNWK files, the editor's JSON API)" nlohmann-json3-dev)

pkg_check_modules(SODIUM QUIET IMPORTED_TARGET libsodium)
wijknet_require(SODIUM_FOUND "libsodium (pseudonyms and the editor's session token)" libsodium-dev)

find_package(CLI11 2.1 CONFIG QUIET)
wijknet_require(CLI11_FOUND "CLI11 (command-line parsing)" libcli11-dev)

if(WIJKNET_BUILD_TESTS)
  find_package(GTest CONFIG QUIET)
  wijknet_require(GTest_FOUND "GoogleTest" "libgtest-dev libgmock-dev")
endif()

set_package_properties(Boost PROPERTIES TYPE REQUIRED PURPOSE "Boost.Graph under the network model")
set_package_properties(GDAL PROPERTIES TYPE REQUIRED PURPOSE "GIS layers and coordinate systems")
