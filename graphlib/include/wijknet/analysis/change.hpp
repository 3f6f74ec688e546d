// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

#include "wijknet/model/network.hpp"

namespace wijknet {

/// \brief Ties gained and lost between two days, and formal versus informal on each.
struct ChangeCount {
    std::size_t gained = 0;
    std::size_t lost = 0;
    std::size_t informal_before = 0;
    std::size_t informal_after = 0;
    std::size_t formal_before = 0;
    std::size_t formal_after = 0;
};

struct NetworkChange {
    Date from;
    Date to;
    ChangeCount whole;
    /// Ties touching each client, by client.
    std::map<ActorIndex, ChangeCount> by_client;
    /// Ties with an end in each area (a tie within one area counts there once), by area code.
    std::map<std::string, ChangeCount> by_area;
    std::vector<TieIndex> gained;
    std::vector<TieIndex> lost;
};

/// A tie is gained when active on `to` but not on `from`, lost when the reverse. O(ties).
NetworkChange change_between(const Network& network, Date from, Date to);

}  // namespace wijknet
