// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "wijknet/geo/geometry.hpp"

namespace wijknet::geo {

/// \brief How a person's position is coarsened before it leaves the machine on a map or export.
enum class Generalisation {
    none,      // the position as given: only for maps that stay inside the organisation
    centroid,  // the centre of the person's area
    grid100,   // the centre of the 100 m square holding it (as Statistics Netherlands' squares)
    grid500,   // the centre of the 500 m square
    jitter,    // moved up to jitter_radius in a direction fixed by a keyed hash of the person
};
std::optional<Generalisation> generalisation_named(std::string_view name);
std::string_view name_of(Generalisation generalisation);

inline constexpr double jitter_radius = 250.0;  // metres

/// The published position of a point. `area_point` is the interior point of the person's area
/// (for `centroid`; without one, the 500 m square is used). `jitter_seed` must come from a keyed
/// hash of the person: the same person moves the same way on every map, so averaging many maps
/// cannot reveal the address.
MapPoint generalise(MapPoint position, Generalisation generalisation, std::optional<MapPoint> area_point,
                    std::uint64_t jitter_seed);

}  // namespace wijknet::geo
