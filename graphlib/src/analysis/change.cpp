// SPDX-License-Identifier: MIT
#include "wijknet/analysis/change.hpp"

namespace wijknet {
namespace {

void tally(ChangeCount& count, const Tie& tie, bool before, bool after) {
    count.gained += !before && after ? 1 : 0;
    count.lost += before && !after ? 1 : 0;
    const bool formal = tie.formality() == Formality::formal;
    const bool informal = tie.formality() == Formality::informal;
    count.formal_before += formal && before ? 1 : 0;
    count.formal_after += formal && after ? 1 : 0;
    count.informal_before += informal && before ? 1 : 0;
    count.informal_after += informal && after ? 1 : 0;
}

}  // namespace

NetworkChange change_between(const Network& network, Date from, Date to) {
    NetworkChange change{from, to, {}, {}, {}, {}, {}};
    for (std::size_t i = 0; i < network.tie_count(); ++i) {
        const TieIndex index{i};
        const Tie& tie = network.tie(index);
        const bool before = tie.active_on(from), after = tie.active_on(to);
        if (!before && !after) continue;
        if (!before) change.gained.push_back(index);
        if (!after) change.lost.push_back(index);
        tally(change.whole, tie, before, after);
        for (const ActorIndex end : {tie.source, tie.target})
            if (network.actor(end).is_client) tally(change.by_client[end], tie, before, after);
        const auto& source_area = network.actor(tie.source).location.area_code;
        const auto& target_area = network.actor(tie.target).location.area_code;
        if (!source_area.empty()) tally(change.by_area[source_area], tie, before, after);
        if (!target_area.empty() && target_area != source_area) tally(change.by_area[target_area], tie, before, after);
    }
    return change;
}

}  // namespace wijknet
