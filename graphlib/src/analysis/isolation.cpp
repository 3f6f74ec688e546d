// SPDX-License-Identifier: MIT
#include "wijknet/analysis/isolation.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <future>
#include <string_view>
#include <unordered_map>

#include "../concurrency/pieces.hpp"
#include "wijknet/analysis/support_flow.hpp"

namespace wijknet {
namespace {

constexpr std::array<std::string_view, 6> reason_names{
    "no_informal_tie", "only_professional_contacts", "no_recent_tie",
    "few_good_contacts", "no_emotional_support", "sole_carer"};

// Having no one outweighs having few; the weights order the list, they are not a scale.
constexpr std::array<int, 6> reason_weights{4, 2, 2, 1, 1, 1};

bool cares(const Tie& tie) { return tie.support.has(SupportType::practical) || tie.support.has(SupportType::emotional); }

/// The first 8 bytes of `id`, padded with zeros, as a number that orders as the text does.
std::uint64_t ordering_head(std::string_view id) {
    std::uint64_t head = 0;
    for (std::size_t k = 0; k < 8; ++k)
        head = head << 8 | (k < id.size() ? static_cast<unsigned char>(id[k]) : 0U);
    return head;
}

/// Most urgent first, then fewest good contacts, then by id. Sorted by small keys that hold the
/// start of each id: comparing ids read from a million actors at random took longer than
/// flagging the residents.
std::vector<IsolationFlag> by_urgency(std::vector<IsolationFlag> flags, const Network& network) {
    struct Key {
        int score;
        std::size_t good_contacts;
        std::uint64_t id_head;
        std::string_view id;
        std::size_t flag;
    };
    std::vector<Key> keys;
    keys.reserve(flags.size());
    for (std::size_t i = 0; i < flags.size(); ++i) {
        const std::string_view id = network.actor(flags[i].resident).id;
        keys.push_back({flags[i].score, flags[i].good_contacts, ordering_head(id), id, i});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.good_contacts != b.good_contacts) return a.good_contacts < b.good_contacts;
        if (a.id_head != b.id_head) return a.id_head < b.id_head;
        return a.id < b.id;
    });
    std::vector<IsolationFlag> sorted;
    sorted.reserve(flags.size());
    for (const auto& key : keys) sorted.push_back(std::move(flags[key.flag]));
    return sorted;
}

}  // namespace

std::string_view name_of(IsolationReason reason) { return reason_names[static_cast<std::size_t>(reason)]; }

std::vector<IsolationFlag> isolated_residents(const Network& network, const IsolationOptions& options) {
    const std::size_t n = network.actor_count();
    const auto counts = [&](const Tie& tie) { return !options.at || tie.active_on(*options.at); };

    // Who gives each actor practical or emotional care: one carer, or more. Found on a second
    // core while the graph is built on the first.
    constexpr std::size_t nobody = static_cast<std::size_t>(-1), several = static_cast<std::size_t>(-2);
    auto carers = std::async(std::launch::async, [&] {
        std::vector<std::size_t> carer(n, nobody);
        for (const auto& tie : network.ties()) {
            if (!counts(tie) || !cares(tie)) continue;
            for (const ActorIndex receiver : {tie.source, tie.target}) {
                if (!supports(tie, receiver)) continue;
                auto& slot = carer[receiver.value()];
                const std::size_t giver = tie.other(receiver).value();
                slot = slot == nobody || slot == giver ? giver : several;
            }
        }
        return carer;
    });

    // Residents are flagged in pieces, one per core; a piece's flags come in actor order, and
    // the list is sorted after.
    const SupportGraph& graph = network.graph();  // built here: it is built once, not per thread
    const std::vector<std::size_t> carer = carers.get();
    const std::size_t pieces = pieces_for(n, 50'000);
    std::vector<std::vector<IsolationFlag>> piece_flags(pieces);
    on_each_piece(pieces, [&](std::size_t piece) {
        std::vector<IsolationFlag>& flags = piece_flags[piece];
        // Distinct contacts, each marked informal or good if any tie with them is; a resident
        // has few, so a short list (reused across residents) beats a set.
        struct Contact {
            ActorIndex other;
            bool informal, good;
        };
        std::vector<Contact> seen;
        const std::size_t end = piece_begin(n, pieces, piece + 1);
        for (std::size_t i = piece_begin(n, pieces, piece); i < end; ++i) {
            // A resident's ties lie anywhere in the tie list: ask for the ties of a resident a few
            // places ahead, so they are in the cache when their turn comes.
            constexpr std::size_t look_ahead = 8;
            if (i + look_ahead < end)
                for (const auto edge : boost::make_iterator_range(boost::out_edges(static_cast<std::uint32_t>(i + look_ahead), graph)))
                    __builtin_prefetch(&network.tie(graph[edge].tie));
            const ActorIndex resident{i};
            if (network.actor(resident).kind != ActorKind::resident) continue;
            IsolationFlag flag{resident, {}, 0, 0, 0, 0, std::nullopt};
            bool emotional_support = false, recent = false;
            seen.clear();
            network.for_each_tie_of(resident, [&](TieIndex index) {
                const Tie& tie = network.tie(index);
                if (options.inactive_since && (!tie.until || *options.inactive_since <= *tie.until)) recent = true;
                if (!counts(tie)) return;
                const ActorIndex other = tie.other(resident);
                const bool informal = tie.formality() == Formality::informal, good = is_good_contact(tie);
                const auto known = std::find_if(seen.begin(), seen.end(), [other](const Contact& c) { return c.other == other; });
                if (known == seen.end()) {
                    seen.push_back({other, informal, good});
                } else {
                    known->informal |= informal;
                    known->good |= good;
                }
                if (tie.support.has(SupportType::emotional) && supports(tie, resident)) emotional_support = true;
                if (cares(tie) && supported_by(tie, resident) && carer[other.value()] == i && !flag.sole_carer_of &&
                    network.actor(other).kind == ActorKind::resident)
                    flag.sole_carer_of = other;
            });
            flag.contacts = seen.size();
            flag.informal_contacts = static_cast<std::size_t>(std::count_if(seen.begin(), seen.end(), [](const Contact& c) { return c.informal; }));
            flag.good_contacts = static_cast<std::size_t>(std::count_if(seen.begin(), seen.end(), [](const Contact& c) { return c.good; }));

            if (flag.informal_contacts == 0) flag.reasons.push_back(IsolationReason::no_informal_tie);
            if (flag.contacts > 0 && flag.informal_contacts == 0)
                flag.reasons.push_back(IsolationReason::only_professional_contacts);
            if (options.inactive_since && !recent) flag.reasons.push_back(IsolationReason::no_recent_tie);
            if (flag.good_contacts < options.min_good_contacts)
                flag.reasons.push_back(IsolationReason::few_good_contacts);
            if (!emotional_support) flag.reasons.push_back(IsolationReason::no_emotional_support);
            if (flag.sole_carer_of) flag.reasons.push_back(IsolationReason::sole_carer);
            if (flag.reasons.empty()) continue;
            for (const auto reason : flag.reasons) flag.score += reason_weights[static_cast<std::size_t>(reason)];
            flags.push_back(std::move(flag));
        }
    });
    std::vector<IsolationFlag> flags;
    for (auto& piece : piece_flags) flags.insert(flags.end(), std::make_move_iterator(piece.begin()), std::make_move_iterator(piece.end()));

    return by_urgency(std::move(flags), network);
}

std::vector<AreaIsolation> isolation_by_area(const Network& network, const std::vector<IsolationFlag>& flags,
                                             const CountPolicy& policy) {
    struct Tally {
        std::size_t residents = 0, without_informal = 0, flagged = 0;
    };
    // Hashed while counting (a million residents, a thousand areas), sorted once at the end.
    std::unordered_map<std::string_view, Tally> tallies;
    for (const auto& actor : network.actors())
        if (actor.kind == ActorKind::resident) ++tallies[actor.location.area_code].residents;
    for (const auto& flag : flags) {
        auto& tally = tallies[network.actor(flag.resident).location.area_code];
        ++tally.flagged;
        if (std::find(flag.reasons.begin(), flag.reasons.end(), IsolationReason::no_informal_tie) != flag.reasons.end())
            ++tally.without_informal;
    }
    std::vector<std::pair<std::string_view, Tally>> sorted(tallies.begin(), tallies.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<AreaIsolation> result;
    for (const auto& [area, tally] : sorted) {
        result.push_back({std::string(area), PublishedCount::publish(tally.residents, policy),
                          PublishedCount::publish(tally.without_informal, policy),
                          PublishedCount::publish(tally.flagged, policy),
                          published_share(tally.without_informal, tally.residents, policy)});
    }
    return result;
}

}  // namespace wijknet
