// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "wijknet/model/network.hpp"

// What the importers' tests ask of a network they read.

namespace wijknet::test {

/// The ids of the actors tied to the actor with id `id`, sorted (one per tie).
inline std::vector<std::string> tied_to(const Network& network, const std::string& id) {
    std::vector<std::string> ids;
    const ActorIndex actor = *network.find_actor(id);
    for (const TieIndex tie : network.ties_of(actor)) ids.push_back(network.actor(network.tie(tie).other(actor)).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace wijknet::test
