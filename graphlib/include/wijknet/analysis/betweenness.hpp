// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "wijknet/model/support_graph.hpp"

namespace wijknet {

/// \brief Betweenness centrality of every actor on the unweighted contact graph (Brandes 2001).
///
/// Raw values count each pair of other actors once, as networkx and igraph do for undirected graphs;
/// normalised values divide by (n-1)(n-2)/2.
struct Betweenness {
    std::vector<double> raw;
    std::vector<double> normalised;
    /// True when computed from a sample of sources rather than from all of them.
    bool sampled = false;
    std::size_t sources = 0;
    /// For each actor, with probability at least 0.95 its normalised value is within this of the
    /// exact one (Hoeffding's bound over the sampled sources); 0 when exact.
    double error_bound = 0;
};

struct BetweennessOptions {
    /// Exact up to this many actors; beyond it, a sample of sources.
    std::size_t exact_up_to = 50'000;
    std::size_t sampled_sources = 2'000;
    std::uint64_t seed = 1;
    /// Told how many of how many sources are done, at each whole percent, one call at a time
    /// (from the threads doing the work). A sampled run at a million actors takes minutes.
    using Progress = std::function<void(std::size_t done, std::size_t sources)>;
    Progress progress;
};

/// Whether betweenness() estimates from a sample of sources for a graph of `actors`, rather
/// than counting exactly: beyond `exact_up_to` actors, when there are more actors than sources.
bool betweenness_is_sampled(std::size_t actors, const BetweennessOptions& options);

/// Exact: O(actors x contacts). Sampled: O(sources x contacts). On every core.
Betweenness betweenness(const ContactGraph& graph, const BetweennessOptions& options = {});

}  // namespace wijknet
