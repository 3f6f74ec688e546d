// SPDX-License-Identifier: MIT
#include "wijknet/analysis/network_summary.hpp"

#include <algorithm>
#include <boost/graph/connected_components.hpp>

namespace wijknet {

NetworkSummary summarise(const Network& network) {
    NetworkSummary summary;
    summary.actors = network.actor_count();
    summary.ties = network.tie_count();

    for (const auto& actor : network.actors()) {
        ++summary.actors_by_kind[actor.kind];
        if (actor.is_client) ++summary.clients;
    }
    const auto widen = [&summary](const std::optional<Date>& day) {
        if (!day) return;
        if (!summary.first_date || *day < *summary.first_date) summary.first_date = day;
        if (!summary.last_date || *summary.last_date < *day) summary.last_date = day;
    };
    for (const auto& tie : network.ties()) {
        ++summary.ties_by_kind[tie.kind];
        ++summary.ties_by_formality[tie.formality()];
        widen(tie.since);
        widen(tie.until);
    }

    const auto& graph = network.graph();
    std::vector<std::size_t> component(boost::num_vertices(graph));
    summary.components = component.empty() ? 0 : boost::connected_components(graph, component.data());
    std::vector<std::size_t> sizes(summary.components, 0);
    for (const auto c : component) ++sizes[c];
    summary.largest_component = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());

    for (const auto vertex : boost::make_iterator_range(boost::vertices(graph)))
        if (boost::out_degree(vertex, graph) == 0) summary.actors_without_ties.push_back(actor_at(vertex));
    return summary;
}

}  // namespace wijknet
