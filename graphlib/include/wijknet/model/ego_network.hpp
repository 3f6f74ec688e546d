// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "wijknet/model/network.hpp"

namespace wijknet {

/// \brief One actor's personal network: the view an ecomap draws. Indices into the Network it was
/// taken from; the Network must outlive it.
struct EgoNetwork {
    struct Member {
        ActorIndex actor;
        /// Steps from the ego: 0 for the ego itself, then 1 or 2.
        int distance = 0;
    };

    ActorIndex ego;
    /// The ego first, then contacts by distance, each distance in order of first reach.
    std::vector<Member> members;
    /// Every active tie between two members, in Network order.
    std::vector<TieIndex> ties;
    /// The day the view shows; nothing means "every tie, whatever its dates".
    std::optional<Date> at;
};

struct EgoOptions {
    /// 1: the ego's own contacts; 2: also their contacts.
    int radius = 1;
    /// Only ties active on this day count (for reaching members and for the tie list).
    std::optional<Date> at;
};

/// The ego network of `ego`. O(sum of the members' degrees).
/// \throws std::invalid_argument for a radius below 1.
EgoNetwork ego_network(const Network& network, ActorIndex ego, const EgoOptions& options = {});

/// \brief A client's network on two days in one view: everyone who was there on either day,
/// every tie of either, and which ties came and which went between them.
struct EgoChange {
    EgoNetwork view;  // `at` is empty: the view spans both days
    std::vector<TieIndex> gained;
    std::vector<TieIndex> lost;
};

/// The change in `ego`'s own network (radius 1) from `from` to `to`.
EgoChange ego_change(const Network& network, ActorIndex ego, Date from, Date to);

}  // namespace wijknet
