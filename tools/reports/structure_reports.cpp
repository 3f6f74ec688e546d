// SPDX-License-Identifier: MIT
#include "structure_reports.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include "analysis_reports.hpp"
#include "wijknet/analysis/structure.hpp"

namespace wijknet::cli {
namespace {

/// What the tables are made of: computed once, each table reads what it needs.
struct WholeNetwork {
    const Network& network;
    const ContactGraph& graph;
    const Betweenness& between;
    std::vector<std::size_t> core;
    Components parts;
    std::vector<ActorIndex> points;
    std::vector<std::pair<ActorIndex, ActorIndex>> links;

    std::string id(ActorIndex a) const { return network.actor(a).id; }
    std::string kind(ActorIndex a) const { return std::string(name_of(network.actor(a).kind)); }
    Cell degree(ActorIndex a) const { return count_cell(boost::out_degree(vertex_of(a), graph)); }
};

ReportTable summary_table(const WholeNetwork& whole) {
    ReportTable summary{"summary",
                        {"actors", "contacts", "components", "largest_component", "articulation_points", "bridges", "max_core",
                         "betweenness_sampled", "betweenness_error_bound"},
                        {}};
    std::vector<std::size_t> sizes(whole.parts.count, 0);
    for (const auto c : whole.parts.of_actor) ++sizes[c];
    const auto& core = whole.core;
    summary.rows.push_back({count_cell(whole.network.actor_count()), count_cell(boost::num_edges(whole.graph)), count_cell(whole.parts.count),
                            count_cell(sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end())), count_cell(whole.points.size()),
                            count_cell(whole.links.size()), count_cell(core.empty() ? 0 : *std::max_element(core.begin(), core.end())),
                            whole.between.sampled, whole.between.error_bound});
    return summary;
}

/// The `top` actors of highest betweenness, in the order of the actors where it is equal.
ReportTable brokers_table(const WholeNetwork& whole, std::size_t top) {
    const auto& between = whole.between;
    std::vector<std::size_t> order(whole.network.actor_count());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&between](std::size_t a, std::size_t b) { return between.raw[a] > between.raw[b]; });
    ReportTable brokers{"top_brokers", {"id", "name", "kind", "degree", "betweenness", "betweenness_normalised", "core", "articulation_point"}, {}};
    for (std::size_t i = 0; i < order.size() && i < top; ++i) {
        const ActorIndex a{order[i]};
        brokers.rows.push_back({whole.id(a), display_name(whole.network, a), whole.kind(a), whole.degree(a), between.raw[order[i]],
                                between.normalised[order[i]], count_cell(whole.core[order[i]]),
                                std::binary_search(whole.points.begin(), whole.points.end(), a)});
    }
    return brokers;
}

ReportTable articulation_points_table(const WholeNetwork& whole) {
    ReportTable cut{"articulation_points", {"id", "name", "kind", "degree"}, {}};
    for (const auto a : whole.points) cut.rows.push_back({whole.id(a), display_name(whole.network, a), whole.kind(a), whole.degree(a)});
    return cut;
}

ReportTable bridges_table(const WholeNetwork& whole) {
    ReportTable bridges{"bridges", {"source", "source_name", "target", "target_name"}, {}};
    for (const auto& [a, b] : whole.links)
        bridges.rows.push_back({whole.id(a), display_name(whole.network, a), whole.id(b), display_name(whole.network, b)});
    return bridges;
}

/// Residents whose every path to a professional runs through one person, and those with none.
std::vector<ReportTable> gatekeeper_tables(const WholeNetwork& whole) {
    const Network& network = whole.network;
    const auto gatekeepers = gatekeepers_to_professionals(network, whole.graph);
    ReportTable gate{"gatekeepers", {"id", "name", "through", "through_name", "through_kind"}, {}};
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        const ActorIndex a{i};
        const auto& through = gatekeepers.of_actor[i];
        if (network.actor(a).kind != ActorKind::resident || !through) continue;
        gate.rows.push_back({whole.id(a), display_name(network, a), whole.id(*through), display_name(network, *through), whole.kind(*through)});
    }
    ReportTable no_route{"no_route_to_professionals", {"id", "name", "kind"}, {}};
    for (const auto a : gatekeepers.no_route)
        if (network.actor(a).kind == ActorKind::resident) no_route.rows.push_back({whole.id(a), display_name(network, a), whole.kind(a)});
    return {gate, no_route};
}

}  // namespace

std::vector<ReportTable> structure_tables(const Network& network, const ContactGraph& graph, const Betweenness& between, std::size_t top) {
    const WholeNetwork whole{network, graph, between, core_numbers(graph), components(graph), articulation_points(graph), bridges(graph)};
    std::vector<ReportTable> tables{summary_table(whole), brokers_table(whole, top), articulation_points_table(whole), bridges_table(whole)};
    for (ReportTable& table : gatekeeper_tables(whole)) tables.push_back(std::move(table));
    return tables;
}

}  // namespace wijknet::cli
