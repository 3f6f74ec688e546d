// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "wijknet/geo/geometry.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet::gis {

/// Every actor's point in the map's CRS, indexed by ActorIndex; nothing for an actor without
/// coordinates. Coordinates in another CRS (lon/lat, say) are reprojected; one that cannot be
/// is reported in `warnings` (file "", the actor's id) and left without a position.
std::vector<std::optional<geo::MapPoint>> actor_positions(const Network& network, int map_epsg,
                                                           DiagnosticList& warnings);

}  // namespace wijknet::gis
