// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/analysis/isolation.hpp"
#include "wijknet/analysis/small_numbers.hpp"
#include "wijknet/geo/area_assignment.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// \brief What a map shows per area, as it may be published: every count about people passes
/// through PublishedCount, and an average over residents is left out when their count is.
struct AreaIndicators {
    std::string code;
    std::string name;
    PublishedCount residents;
    /// Residents without any informal tie: "who in this buurt has no one".
    PublishedCount isolated;
    std::optional<double> isolated_share;
    /// Residents with any reason on the isolation list.
    PublishedCount flagged;
    std::optional<double> flagged_share;
    /// Ties with at least one end in the area, active on the day.
    PublishedCount informal_ties;
    PublishedCount formal_ties;
    /// Professionals with a formal tie to a resident of the area.
    PublishedCount professionals;
    /// Clients whose professionals fall into two or more groups that do not work together.
    PublishedCount fragmented_clients;
    /// Mean straight-line distance in metres from a resident's position to the nearest place.
    std::optional<double> mean_distance_to_place;
};

/// The indicators a map can colour areas by, with their column names.
enum class AreaIndicator {
    residents,
    isolated,
    isolated_share,
    flagged,
    flagged_share,
    informal_ties,
    formal_ties,
    professionals,
    fragmented_clients,
    distance_to_place,
};
std::string_view name_of(AreaIndicator indicator);
std::optional<AreaIndicator> area_indicator_named(std::string_view name);
/// Every indicator's name, for help texts.
std::string area_indicator_names();

/// The value to colour by; nothing when suppressed or not known.
std::optional<double> indicator_value(const AreaIndicators& area, AreaIndicator indicator);
/// Whether the indicator is missing because a count was suppressed (rather than unknown).
bool indicator_suppressed(const AreaIndicators& area, AreaIndicator indicator);

struct AreaIndicatorOptions {
    std::optional<Date> at;
    CountPolicy policy;
};

/// One entry per area of `areas`, in layer order. `positions` (map CRS, by ActorIndex) give the
/// distances to the nearest place. O(actors x places + ties + clients x professionals^2).
std::vector<AreaIndicators> area_indicators(const Network& network, const geo::AreaLayer& areas,
                                            const geo::AreaAssignment& assignment,
                                            std::span<const std::optional<geo::MapPoint>> positions,
                                            std::span<const IsolationFlag> flags, const AreaIndicatorOptions& options);

}  // namespace wijknet
