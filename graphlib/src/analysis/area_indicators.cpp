// SPDX-License-Identifier: MIT
#include "wijknet/analysis/area_indicators.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "wijknet/analysis/coordination.hpp"

namespace wijknet {
namespace {

constexpr std::array indicator_names = {
    std::pair{AreaIndicator::residents, "residents"},
    std::pair{AreaIndicator::isolated, "isolated"},
    std::pair{AreaIndicator::isolated_share, "isolated_share"},
    std::pair{AreaIndicator::flagged, "flagged"},
    std::pair{AreaIndicator::flagged_share, "flagged_share"},
    std::pair{AreaIndicator::informal_ties, "informal_ties"},
    std::pair{AreaIndicator::formal_ties, "formal_ties"},
    std::pair{AreaIndicator::professionals, "professionals"},
    std::pair{AreaIndicator::fragmented_clients, "fragmented_clients"},
    std::pair{AreaIndicator::distance_to_place, "distance_to_place"},
};

/// Raw counts per area, before anything is published.
struct Tally {
    std::size_t residents = 0, isolated = 0, flagged = 0, informal = 0, formal = 0, professionals = 0,
                fragmented = 0, located_residents = 0;
    double distance_sum = 0;
};

bool active(const Tie& tie, const std::optional<Date>& at) { return !at || tie.active_on(*at); }

const PublishedCount* count_of(const AreaIndicators& area, AreaIndicator indicator) {
    switch (indicator) {
        case AreaIndicator::residents: return &area.residents;
        case AreaIndicator::isolated:
        case AreaIndicator::isolated_share: return &area.isolated;
        case AreaIndicator::flagged:
        case AreaIndicator::flagged_share: return &area.flagged;
        case AreaIndicator::informal_ties: return &area.informal_ties;
        case AreaIndicator::formal_ties: return &area.formal_ties;
        case AreaIndicator::professionals: return &area.professionals;
        case AreaIndicator::fragmented_clients: return &area.fragmented_clients;
        case AreaIndicator::distance_to_place: return &area.residents;
    }
    return nullptr;
}

}  // namespace

std::string_view name_of(AreaIndicator indicator) {
    for (const auto& [value, name] : indicator_names)
        if (value == indicator) return name;
    return "?";
}

std::optional<AreaIndicator> area_indicator_named(std::string_view name) {
    for (const auto& [value, known] : indicator_names)
        if (name == known) return value;
    return std::nullopt;
}

std::string area_indicator_names() {
    std::string names;
    for (const auto& [value, name] : indicator_names) names += (names.empty() ? "" : ", ") + std::string(name);
    return names;
}

std::optional<double> indicator_value(const AreaIndicators& area, AreaIndicator indicator) {
    if (indicator == AreaIndicator::isolated_share) return area.isolated_share;
    if (indicator == AreaIndicator::flagged_share) return area.flagged_share;
    if (indicator == AreaIndicator::distance_to_place) return area.mean_distance_to_place;
    const auto value = count_of(area, indicator)->value();
    return value ? std::optional<double>(static_cast<double>(*value)) : std::nullopt;
}

bool indicator_suppressed(const AreaIndicators& area, AreaIndicator indicator) {
    if ((indicator == AreaIndicator::isolated_share || indicator == AreaIndicator::flagged_share) &&
        area.residents.suppressed())
        return true;
    return count_of(area, indicator)->suppressed();
}

std::vector<AreaIndicators> area_indicators(const Network& network, const geo::AreaLayer& areas,
                                            const geo::AreaAssignment& assignment,
                                            std::span<const std::optional<geo::MapPoint>> positions,
                                            std::span<const IsolationFlag> flags, const AreaIndicatorOptions& options) {
    std::vector<Tally> tally(areas.areas.size());
    const auto area_of = [&](ActorIndex a) -> std::optional<std::size_t> {
        return a.value() < assignment.area_of.size() ? assignment.area_of[a.value()] : std::nullopt;
    };
    const auto position_of = [&](ActorIndex a) -> std::optional<geo::MapPoint> {
        return a.value() < positions.size() ? positions[a.value()] : std::nullopt;
    };

    std::vector<geo::MapPoint> places;
    for (std::size_t i = 0; i < network.actor_count(); ++i)
        if (network.actors()[i].kind == ActorKind::place)
            if (const auto p = position_of(ActorIndex{i})) places.push_back(*p);

    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        const ActorIndex actor{i};
        const Actor& a = network.actor(actor);
        if (a.kind != ActorKind::resident) continue;
        const auto area = area_of(actor);
        if (!area) continue;
        Tally& t = tally[*area];
        ++t.residents;
        const auto p = position_of(actor);
        if (p && !places.empty()) {
            // Squared distances in the loop, one root at the end: the loop runs residents x places.
            double nearest = std::numeric_limits<double>::infinity();
            for (const auto& place : places) {
                const double dx = place.x - p->x, dy = place.y - p->y;
                nearest = std::min(nearest, dx * dx + dy * dy);
            }
            t.distance_sum += std::sqrt(nearest);
            ++t.located_residents;
        }
        if (a.is_client) {
            CoordinationOptions coordination;
            coordination.at = options.at;
            if (coordinate_care(network, actor, coordination).groups >= 2) ++t.fragmented;
        }
    }
    for (const auto& flag : flags) {
        const auto area = area_of(flag.resident);
        if (!area) continue;
        ++tally[*area].flagged;
        if (flag.informal_contacts == 0 && flag.unknown_kind_contacts == 0) ++tally[*area].isolated;
    }
    // A tie counts once in each area it touches; a professional once per area they serve.
    std::vector<std::vector<std::size_t>> served(areas.areas.size());
    for (const Tie& tie : network.ties()) {
        if (!active(tie, options.at)) continue;
        const auto a = area_of(tie.source), b = area_of(tie.target);
        const Formality formality = tie.formality();
        const auto count = [&](std::size_t area) {
            if (formality == Formality::informal) ++tally[area].informal;
            else if (formality == Formality::formal) ++tally[area].formal;
        };
        if (a) count(*a);
        if (b && b != a) count(*b);
        if (formality != Formality::formal) continue;
        for (const auto& [professional, resident] : {std::pair{tie.source, tie.target}, std::pair{tie.target, tie.source}}) {
            if (network.actor(professional).kind != ActorKind::professional) continue;
            if (network.actor(resident).kind != ActorKind::resident) continue;
            if (const auto area = area_of(resident)) served[*area].push_back(professional.value());
        }
    }
    for (std::size_t k = 0; k < served.size(); ++k) {
        auto& list = served[k];
        std::sort(list.begin(), list.end());
        tally[k].professionals = static_cast<std::size_t>(std::unique(list.begin(), list.end()) - list.begin());
    }

    std::vector<AreaIndicators> result;
    result.reserve(areas.areas.size());
    for (std::size_t k = 0; k < areas.areas.size(); ++k) {
        const Tally& t = tally[k];
        const auto& policy = options.policy;
        AreaIndicators row{areas.areas[k].code,
                           areas.areas[k].name,
                           PublishedCount::publish(t.residents, policy),
                           PublishedCount::publish(t.isolated, policy),
                           published_share(t.isolated, t.residents, policy),
                           PublishedCount::publish(t.flagged, policy),
                           published_share(t.flagged, t.residents, policy),
                           PublishedCount::publish(t.informal, policy),
                           PublishedCount::publish(t.formal, policy),
                           PublishedCount::publish(t.professionals, policy),
                           PublishedCount::publish(t.fragmented, policy),
                           std::nullopt};
        if (!row.residents.suppressed() && t.located_residents > 0)
            row.mean_distance_to_place = t.distance_sum / static_cast<double>(t.located_residents);
        result.push_back(std::move(row));
    }
    return result;
}

}  // namespace wijknet
