// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "wijknet/model/network.hpp"

namespace wijknet {

/// How ties count in weighted measures.
enum class TieWeighting {
    /// Every pair in contact weighs 1, as networkx and igraph do on unweighted graphs.
    unweighted,
    /// The strongest tie between the pair: weak 1, normal 2, strong 3 (unknown counts as normal).
    by_strength,
};

struct ContactGraphOptions {
    /// Only ties active on this day; nothing means every tie.
    std::optional<Date> at;
    TieWeighting weighting = TieWeighting::unweighted;
};

/// The contact graph of the network: one edge per pair of actors with at least one counted tie.
/// O(actors + ties).
ContactGraph contact_graph(const Network& network, const ContactGraphOptions& options = {});

/// The weight wijknet gives a tie under `weighting`.
double tie_weight(const Tie& tie, TieWeighting weighting);

}  // namespace wijknet
