// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <vector>

#include "wijknet/model/network.hpp"

namespace wijknet {

/// \brief What `wijknet info` reports: the network at a glance.
struct NetworkSummary {
    std::size_t actors = 0;
    std::size_t ties = 0;
    std::size_t clients = 0;
    std::map<ActorKind, std::size_t> actors_by_kind;
    std::map<TieKind, std::size_t> ties_by_kind;
    std::map<Formality, std::size_t> ties_by_formality;
    /// Connected components, isolated actors included (each is a component of its own).
    std::size_t components = 0;
    std::size_t largest_component = 0;
    /// Actors with no tie at all, in network order.
    std::vector<ActorIndex> actors_without_ties;
    /// Earliest `since` and latest `until`/`since` over all ties; empty when no tie has dates.
    std::optional<Date> first_date;
    std::optional<Date> last_date;
};

/// Summarises the whole network. O(actors + ties).
NetworkSummary summarise(const Network& network);

}  // namespace wijknet
