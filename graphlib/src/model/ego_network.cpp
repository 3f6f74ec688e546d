// SPDX-License-Identifier: MIT
#include "wijknet/model/ego_network.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace wijknet {

EgoNetwork ego_network(const Network& network, ActorIndex ego, const EgoOptions& options) {
    if (options.radius < 1) throw std::invalid_argument("ego network radius must be at least 1");
    const auto counts = [&](const Tie& tie) { return !options.at || tie.active_on(*options.at); };

    EgoNetwork view{ego, {{ego, 0}}, {}, options.at};
    std::unordered_map<ActorIndex, int> distance{{ego, 0}};
    // Breadth-first, one ring at a time, so members come out ordered by distance.
    for (std::size_t next = 0; next < view.members.size(); ++next) {
        const auto member = view.members[next];
        if (member.distance == options.radius) continue;
        for (const TieIndex index : network.ties_of(member.actor)) {
            const Tie& tie = network.tie(index);
            if (!counts(tie)) continue;
            const ActorIndex other = tie.other(member.actor);
            if (distance.emplace(other, member.distance + 1).second)
                view.members.push_back({other, member.distance + 1});
        }
    }

    for (const auto& member : view.members) {
        for (const TieIndex index : network.ties_of(member.actor)) {
            const Tie& tie = network.tie(index);
            // Each tie is seen from both ends; keep it once, from its source.
            if (tie.source != member.actor || !counts(tie) || !distance.contains(tie.target)) continue;
            view.ties.push_back(index);
        }
    }
    std::sort(view.ties.begin(), view.ties.end());
    return view;
}

EgoChange ego_change(const Network& network, ActorIndex ego, Date from, Date to) {
    const auto before = ego_network(network, ego, {.radius = 1, .at = from});
    EgoChange change;
    change.view = ego_network(network, ego, {.radius = 1, .at = to});
    auto& view = change.view;
    std::set_difference(view.ties.begin(), view.ties.end(), before.ties.begin(), before.ties.end(),
                        std::back_inserter(change.gained));
    std::set_difference(before.ties.begin(), before.ties.end(), view.ties.begin(), view.ties.end(),
                        std::back_inserter(change.lost));
    for (const auto& member : before.members)
        if (std::none_of(view.members.begin(), view.members.end(), [&](const auto& m) { return m.actor == member.actor; }))
            view.members.push_back(member);
    std::vector<TieIndex> both;
    std::set_union(view.ties.begin(), view.ties.end(), before.ties.begin(), before.ties.end(), std::back_inserter(both));
    view.ties = std::move(both);
    view.at.reset();
    return change;
}

}  // namespace wijknet
