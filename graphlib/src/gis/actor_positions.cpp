// SPDX-License-Identifier: MIT
#include "wijknet/gis/actor_positions.hpp"

#include <map>

#include "wijknet/gis/crs_transform.hpp"

namespace wijknet::gis {

std::vector<std::optional<geo::MapPoint>> actor_positions(const Network& network, int map_epsg,
                                                           DiagnosticList& warnings) {
    std::vector<std::optional<geo::MapPoint>> positions(network.actor_count());
    // Grouped by CRS, so each transformation is built once and fed whole arrays.
    std::map<int, std::vector<std::size_t>> by_crs;
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        if (const auto& point = network.actors()[i].location.point) by_crs[point->epsg].push_back(i);
    }
    for (const auto& [epsg, members] : by_crs) {
        std::vector<geo::MapPoint> points;
        points.reserve(members.size());
        for (const std::size_t i : members) points.push_back({network.actors()[i].location.point->x, network.actors()[i].location.point->y});
        std::optional<CrsTransform> transform;
        try {
            transform.emplace(epsg, map_epsg);
        } catch (const RunError& error) {
            warnings.add("", 0, std::string(error.what()) + "; " + std::to_string(members.size()) + " actors left off the map");
            continue;
        }
        if (transform->apply(points)) {
            for (std::size_t k = 0; k < members.size(); ++k) positions[members[k]] = points[k];
            continue;
        }
        // Some failed: redo one by one to find them.
        for (const std::size_t i : members) {
            const auto& c = *network.actors()[i].location.point;
            try {
                positions[i] = transform->apply(geo::MapPoint{c.x, c.y});
            } catch (const RunError&) {
                warnings.add("", 0, "actor " + network.actors()[i].id + ": coordinates cannot be reprojected to EPSG:" +
                                        std::to_string(map_epsg) + "; left off the map");
            }
        }
    }
    return positions;
}

}  // namespace wijknet::gis
