// SPDX-License-Identifier: MIT
#include "wijknet/analysis/structural_holes.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wijknet {

StructuralHoleMeter::StructuralHoleMeter(const ContactGraph& graph)
    : graph_(graph),
      strength_(boost::num_vertices(graph), 0.0),
      strongest_(boost::num_vertices(graph), 0.0),
      p_ego_(boost::num_vertices(graph), 0.0),
      indirect_(boost::num_vertices(graph), 0.0) {
    for (const auto edge : boost::make_iterator_range(boost::edges(graph))) {
        const double w = graph[edge].weight;
        for (const auto end : {boost::source(edge, graph), boost::target(edge, graph)}) {
            strength_[end] += w;
            strongest_[end] = std::max(strongest_[end], w);
        }
    }
}

StructuralHoles StructuralHoleMeter::measure(SupportVertex ego) {
    const auto degree = boost::out_degree(ego, graph_);
    if (degree == 0) {
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan, nan};
    }
    const auto contacts = boost::make_iterator_range(boost::out_edges(ego, graph_));
    for (const auto edge : contacts) p_ego_[boost::target(edge, graph_)] = graph_[edge].weight / strength_[ego];

    // One pass over the contacts' contacts gives both the indirect investments (constraint) and
    // the redundancy of each contact (effective size).
    double effective_size = 0;
    for (const auto edge : contacts) {
        const SupportVertex q = boost::target(edge, graph_);
        double redundancy = 0;
        for (const auto onward : boost::make_iterator_range(boost::out_edges(q, graph_))) {
            const SupportVertex j = boost::target(onward, graph_);
            if (j == ego || p_ego_[j] == 0) continue;
            const double w = graph_[onward].weight;
            indirect_[j] += p_ego_[q] * (w / strength_[q]);
            redundancy += p_ego_[j] * (w / strongest_[q]);
        }
        effective_size += 1.0 - redundancy;
    }

    double constraint = 0;
    for (const auto edge : contacts) {
        const SupportVertex j = boost::target(edge, graph_);
        const double c = p_ego_[j] + indirect_[j];
        constraint += c * c;
    }
    for (const auto edge : contacts) {
        p_ego_[boost::target(edge, graph_)] = 0;
        indirect_[boost::target(edge, graph_)] = 0;
    }
    return {effective_size, effective_size / static_cast<double>(degree), constraint};
}

std::vector<StructuralHoles> structural_holes(const ContactGraph& graph) {
    StructuralHoleMeter meter(graph);
    std::vector<StructuralHoles> result;
    result.reserve(boost::num_vertices(graph));
    for (SupportVertex v = 0; v < boost::num_vertices(graph); ++v) result.push_back(meter.measure(v));
    return result;
}

}  // namespace wijknet
