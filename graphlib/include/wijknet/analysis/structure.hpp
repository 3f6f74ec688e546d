// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "wijknet/model/network.hpp"

namespace wijknet {

/// Connected component of every actor (0-based, numbered in order of first actor) and their count.
struct Components {
    std::vector<std::size_t> of_actor;
    std::size_t count = 0;
};
/// O(actors + contacts).
Components components(const ContactGraph& graph);

/// Actors whose removal disconnects part of the network from the rest (single points of failure).
/// O(actors + contacts), Boost's biconnected components.
std::vector<ActorIndex> articulation_points(const ContactGraph& graph);

/// Pairs in contact whose relation is the only link between two parts of the network.
/// Each pair once, lower index first, sorted. O(actors + contacts).
std::vector<std::pair<ActorIndex, ActorIndex>> bridges(const ContactGraph& graph);

/// k-core number of every actor (the largest k such that it lies in a subgraph where everyone has
/// at least k contacts). O(actors + contacts), Boost's core_numbers.
std::vector<std::size_t> core_numbers(const ContactGraph& graph);

/// \brief For each actor: the one person every path to any professional runs through, if any.
///
/// `nullopt` where there is no such person (two independent routes, or the actor is a
/// professional); `no_route` lists actors with no path to any professional at all.
struct Gatekeepers {
    std::vector<std::optional<ActorIndex>> of_actor;
    std::vector<ActorIndex> no_route;
};
/// O(actors + contacts): the block-cut tree of the contact graph with all professionals joined to
/// one extra vertex.
Gatekeepers gatekeepers_to_professionals(const Network& network, const ContactGraph& graph);

}  // namespace wijknet
