// SPDX-License-Identifier: MIT
#include "actor_measures_report.hpp"

#include <vector>

#include "analysis_reports.hpp"
#include "wijknet/analysis/contact_graph.hpp"
#include "wijknet/analysis/structural_holes.hpp"
#include "wijknet/analysis/structure.hpp"

namespace wijknet::cli {
namespace {

/// Ties per actor, parallel ties (a relation each, a tie each way) counted each.
std::vector<std::size_t> tie_counts(const Network& network, std::optional<Date> at) {
    std::vector<std::size_t> counts(network.actor_count(), 0);
    for (std::size_t t = 0; t < network.tie_count(); ++t) {
        const Tie& tie = network.tie(TieIndex{t});
        if (at && !tie.active_on(*at)) continue;
        ++counts[tie.source.value()];
        ++counts[tie.target.value()];
    }
    return counts;
}

}  // namespace

ReportTable every_actor_table(const Network& network, std::optional<Date> at, const BetweennessOptions& betweenness_options) {
    const auto graph = contact_graph(network, {at});
    const auto between = betweenness(graph, betweenness_options);
    const auto holes = structural_holes(graph);
    const auto core = core_numbers(graph);
    const auto degree = tie_counts(network, at);
    ReportTable table{"actors",
                      {"id", "name", "kind", "size", "degree", "betweenness", "betweenness_normalised", "constraint", "effective_size",
                       "efficiency", "core"},
                      {}};
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        const ActorIndex a{i};
        table.rows.push_back({network.actor(a).id, display_name(network, a), std::string(name_of(network.actor(a).kind)),
                              count_cell(boost::out_degree(vertex_of(a), graph)), count_cell(degree[i]), between.raw[i], between.normalised[i],
                              holes[i].constraint, holes[i].effective_size, holes[i].efficiency, count_cell(core[i])});
    }
    return table;
}

}  // namespace wijknet::cli
