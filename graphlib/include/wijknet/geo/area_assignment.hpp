// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "wijknet/geo/area_layer.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet::geo {

/// \brief Which area each actor belongs to, and who could not be placed.
struct AreaAssignment {
    /// Indexed by ActorIndex: the index into AreaLayer::areas, or nothing.
    std::vector<std::optional<std::size_t>> area_of;
    /// Actors with a position outside every area.
    std::vector<ActorIndex> outside;
    /// Actors without a position whose area code no area has (or who have none).
    std::vector<ActorIndex> unplaced;
    /// Actors whose position lies in another area than their area code names (a buurt filled
    /// in by hand, or an address that moved): the position is used.
    std::vector<ActorIndex> code_disagrees;
};

/// An actor with a position goes to the area holding it (point in polygon through the index);
/// an actor with only an area code goes to the area with that code. A position outside every
/// area is reported, and the area code, if any, is not used instead: the two disagree. So is a
/// position in another area than the code names.
/// O(actors log areas).
AreaAssignment assign_areas(const Network& network, std::span<const std::optional<MapPoint>> positions,
                            const AreaIndex& areas);

}  // namespace wijknet::geo
