// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include "wijknet/model/network.hpp"

namespace wijknet::samples {

/// The embedded sample neighbourhood Zonnedal (fictional town, fictional people), as committed in
/// samples/zonnedal/ by samples/generate_sample.py.
Network zonnedal_network();
std::string_view zonnedal_actors_csv();
std::string_view zonnedal_ties_csv();
/// The town's six buurten as GeoJSON polygons in RD New (EPSG:28992).
std::string_view zonnedal_buurten_geojson();

}  // namespace wijknet::samples
