// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "wijknet/model/support_graph.hpp"

namespace wijknet {

/// \brief Burt's (1992) structural-hole measures of one actor's position.
///
/// On an unweighted contact graph they equal networkx's `effective_size`, `constraint` and
/// efficiency (effective size / degree) and igraph's `constraint`. With weights, p(i,j) is the
/// weight of i's tie to j over the sum of i's tie weights, and m(j,q) the weight of j's tie to q over
/// j's strongest tie (docs/analyses.md). Isolated actors get NaN for all three.
struct StructuralHoles {
    double effective_size = 0;
    double efficiency = 0;
    double constraint = 0;
};

/// \brief Computes Burt's measures for any actor of one contact graph, reusing scratch space.
///
/// Each call costs O(sum of the degrees of the actor's contacts).
class StructuralHoleMeter {
public:
    explicit StructuralHoleMeter(const ContactGraph& graph);
    StructuralHoles measure(SupportVertex ego);

private:
    const ContactGraph& graph_;
    std::vector<double> strength_;   // sum of edge weights per vertex
    std::vector<double> strongest_;  // largest edge weight per vertex
    std::vector<double> p_ego_;      // p(ego, x) for x a contact of the ego, else 0
    std::vector<double> indirect_;   // sum over q of p(ego,q) p(q,x)
};

/// Burt's measures for every actor. O(sum over actors of the sum of their contacts' degrees).
std::vector<StructuralHoles> structural_holes(const ContactGraph& graph);

}  // namespace wijknet
