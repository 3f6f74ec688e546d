// SPDX-License-Identifier: MIT
#include "wijknet/geo/area_assignment.hpp"

namespace wijknet::geo {

AreaAssignment assign_areas(const Network& network, std::span<const std::optional<MapPoint>> positions,
                            const AreaIndex& areas) {
    AreaAssignment result;
    result.area_of.resize(network.actor_count());
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        const ActorIndex actor{i};
        const auto& code = network.actor(actor).location.area_code;
        if (i < positions.size() && positions[i]) {
            result.area_of[i] = areas.area_at(*positions[i]);
            if (!result.area_of[i]) result.outside.push_back(actor);
            else if (!code.empty() && areas.area_with_code(code) != result.area_of[i]) result.code_disagrees.push_back(actor);
            continue;
        }
        if (!code.empty()) result.area_of[i] = areas.area_with_code(code);
        if (!result.area_of[i]) result.unplaced.push_back(actor);
    }
    return result;
}

}  // namespace wijknet::geo
