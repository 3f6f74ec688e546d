// SPDX-License-Identifier: MIT
#include "wijknet/analysis/contact_graph.hpp"

#include <algorithm>
#include <vector>

namespace wijknet {

double tie_weight(const Tie& tie, TieWeighting weighting) {
    if (weighting == TieWeighting::unweighted) return 1.0;
    switch (tie.strength.value_or(Strength::normal)) {
        case Strength::weak: return 1.0;
        case Strength::normal: return 2.0;
        case Strength::strong: return 3.0;
    }
    return 2.0;
}

ContactGraph contact_graph(const Network& network, const ContactGraphOptions& options) {
    const auto& ties = network.graph();
    const std::size_t n = network.actor_count();
    ContactGraph graph(n);
    graph.m_edges.reserve(network.tie_count());
    // Each actor's list of edges has room for all its ties up front (merging can only make it
    // shorter): growing a million small lists edge by edge cost more than the rest of the build.
    for (SupportGraph::vertex_descriptor u = 0; u < n; ++u)
        graph.m_vertices[u].m_out_edges.reserve(boost::out_degree(u, ties));

    // Per actor, the weight of its edge to each later neighbour; `slot` finds an edge already
    // made for the pair so parallel ties merge in O(1).
    std::vector<std::size_t> slot(n, 0);
    std::vector<SupportGraph::vertex_descriptor> touched;
    std::vector<double> weight;
    for (SupportGraph::vertex_descriptor u = 0; u < n; ++u) {
        touched.clear();
        weight.clear();
        for (const auto edge : boost::make_iterator_range(boost::out_edges(u, ties))) {
            const auto v = boost::target(edge, ties);
            if (v <= u) continue;
            const Tie& tie = network.tie(ties[edge].tie);
            if (options.at && !tie.active_on(*options.at)) continue;
            const double w = tie_weight(tie, options.weighting);
            if (slot[v] == 0) {
                touched.push_back(v);
                weight.push_back(w);
                slot[v] = touched.size();
            } else {
                weight[slot[v] - 1] = std::max(weight[slot[v] - 1], w);
            }
        }
        for (std::size_t i = 0; i < touched.size(); ++i) {
            boost::add_edge(u, touched[i], ContactEdge{weight[i], boost::num_edges(graph)}, graph);
            slot[touched[i]] = 0;
        }
    }
    return graph;
}

}  // namespace wijknet
