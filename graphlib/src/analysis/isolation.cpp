// SPDX-License-Identifier: MIT
#include "wijknet/analysis/isolation.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <future>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "wijknet/analysis/support_flow.hpp"
#include "wijknet/concurrency/pieces.hpp"

namespace wijknet {
namespace {

constexpr std::array<std::string_view, 6> reason_names{
    "no_informal_tie", "only_professional_contacts", "no_recent_tie",
    "few_good_contacts", "no_emotional_support", "sole_carer"};

// Having no one outweighs having few; the weights order the list, they are not a scale.
constexpr std::array<int, 6> reason_weights{4, 2, 2, 1, 1, 1};

bool cares(const Tie& tie) { return tie.support.has(SupportType::practical) || tie.support.has(SupportType::emotional); }

/// \brief What flagging a resident needs to know of a tie, in one byte. A million residents'
/// ties, read through the graph, are one random read each in 220 MB of ties; a byte each is
/// 5 MB, which stays in the cache. Support that flows one way is told by its end: the one with
/// the lower actor index, or the higher.
enum TieTrait : std::uint8_t {
    counted = 1,  // active on the date asked for, if any
    recent = 2,   // active on or after `inactive_since`
    // Two bits tell a tie's formality and whether it is a good contact (is_good_contact); a good
    // tie is always informal, so "good but not informal" is free to mean "of unknown kind".
    informal = 4,
    good_or_unknown_kind = 8,
    emotional_to_lower = 16,
    emotional_to_higher = 32,
    care_to_lower = 64,  // practical or emotional support
    care_to_higher = 128,
};

std::uint8_t traits_of(const Tie& tie, const IsolationOptions& options) {
    std::uint8_t traits = 0;
    if (options.inactive_since && (!tie.until || *options.inactive_since <= *tie.until)) traits |= recent;
    if (options.at && !tie.active_on(*options.at)) return traits;
    traits |= counted;
    if (tie.formality() == Formality::informal) traits |= informal;
    if (is_good_contact(tie) || tie.formality() == Formality::unknown) traits |= good_or_unknown_kind;
    const ActorIndex lower = std::min(tie.source, tie.target), higher = std::max(tie.source, tie.target);
    if (tie.support.has(SupportType::emotional)) {
        if (supports(tie, lower)) traits |= emotional_to_lower;
        if (supports(tie, higher)) traits |= emotional_to_higher;
    }
    if (cares(tie)) {
        if (supports(tie, lower)) traits |= care_to_lower;
        if (supports(tie, higher)) traits |= care_to_higher;
    }
    return traits;
}

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

    // Each tie's traits, who gives each actor care (one carer, or more), and who is the only
    // carer of a resident. Found on a second core while the graph is built on the first.
    constexpr std::size_t nobody = static_cast<std::size_t>(-1), several = static_cast<std::size_t>(-2);
    std::vector<std::uint8_t> traits(network.tie_count());
    struct Carers {
        std::vector<std::size_t> of;  // of each actor: its one carer, `nobody` or `several`
        // Whether an actor is the one carer of some resident: only these look up their
        // contacts' carers, a random read in 8 MB that was a third of flagging.
        std::vector<bool> sole;
        // Whether any tie says what support it carries: without, an imported graph would flag
        // everyone for a lack of emotional support that nobody recorded.
        bool support_recorded = false;
    };
    auto carers = std::async(std::launch::async, [&] {
        std::vector<std::size_t> carer(n, nobody);
        bool support_recorded = false;
        for (std::size_t t = 0; t < traits.size(); ++t) {
            const Tie& tie = network.tie(TieIndex{t});
            traits[t] = traits_of(tie, options);
            support_recorded = support_recorded || !tie.support.empty();
            const ActorIndex lower = std::min(tie.source, tie.target), higher = std::max(tie.source, tie.target);
            for (const auto& [receiver, giver, flows] : {std::tuple{lower, higher, care_to_lower},
                                                         std::tuple{higher, lower, care_to_higher}}) {
                if (!(traits[t] & flows)) continue;
                auto& slot = carer[receiver.value()];
                slot = slot == nobody || slot == giver.value() ? giver.value() : several;
            }
        }
        std::vector<bool> sole(n);
        for (std::size_t r = 0; r < n; ++r)
            if (carer[r] != nobody && carer[r] != several && network.actor(ActorIndex{r}).kind == ActorKind::resident)
                sole[carer[r]] = true;
        return Carers{std::move(carer), std::move(sole), support_recorded};
    });

    // Residents are flagged in pieces, four per core, each core taking the next piece left; a
    // piece's flags come in actor order, and the list is sorted after.
    const SupportGraph& graph = network.graph();  // built here: it is built once, not per thread
    // Named, not a structured binding: C++20 lets a lambda capture a binding, clang 14 does not.
    const Carers found_carers = carers.get();
    const std::vector<std::size_t>& carer = found_carers.of;
    const std::vector<bool>& sole_carer = found_carers.sole;
    const bool support_recorded = found_carers.support_recorded;
    const std::size_t pieces = pieces_for(n, 50'000, 4);
    std::vector<std::vector<IsolationFlag>> piece_flags(pieces);
    on_each_piece(pieces, [&](std::size_t piece) {
        std::vector<IsolationFlag>& flags = piece_flags[piece];
        // Distinct contacts, each marked informal or good if any tie with them is; a resident
        // has few, so a short list (reused across residents) beats a set.
        struct Contact {
            ActorIndex other;
            bool informal, good, formal;
            [[nodiscard]] bool of_unknown_kind() const { return !informal && !formal; }
        };
        std::vector<Contact> seen;
        const std::size_t end = piece_begin(n, pieces, piece + 1);
        for (std::size_t i = piece_begin(n, pieces, piece); i < end; ++i) {
            const ActorIndex resident{i};
            if (network.actor(resident).kind != ActorKind::resident) continue;
            IsolationFlag flag{.resident = resident};
            bool emotional_support = false, has_recent = false;
            const bool may_be_sole_carer = sole_carer[i];
            seen.clear();
            for (const auto edge : boost::make_iterator_range(boost::out_edges(static_cast<std::uint32_t>(i), graph))) {
                const std::uint8_t tie = traits[graph[edge].tie.value()];
                if (tie & recent) has_recent = true;
                if (!(tie & counted)) continue;
                const ActorIndex other{static_cast<std::size_t>(boost::target(edge, graph))};
                const bool is_lower = resident < other;
                const bool is_informal = tie & informal, second_bit = tie & good_or_unknown_kind;
                const bool is_good = is_informal && second_bit, is_formal = !is_informal && !second_bit;
                const auto known = std::find_if(seen.begin(), seen.end(), [other](const Contact& c) { return c.other == other; });
                if (known == seen.end()) {
                    seen.push_back({other, is_informal, is_good, is_formal});
                } else {
                    known->informal |= is_informal;
                    known->good |= is_good;
                    known->formal |= is_formal;
                }
                if (tie & (is_lower ? emotional_to_lower : emotional_to_higher)) emotional_support = true;
                if (may_be_sole_carer && (tie & (is_lower ? care_to_higher : care_to_lower)) &&
                    carer[other.value()] == i && !flag.sole_carer_of &&
                    network.actor(other).kind == ActorKind::resident)
                    flag.sole_carer_of = other;
            }
            flag.contacts = seen.size();
            flag.informal_contacts = static_cast<std::size_t>(std::count_if(seen.begin(), seen.end(), [](const Contact& c) { return c.informal; }));
            flag.good_contacts = static_cast<std::size_t>(std::count_if(seen.begin(), seen.end(), [](const Contact& c) { return c.good; }));
            flag.unknown_kind_contacts = static_cast<std::size_t>(std::count_if(seen.begin(), seen.end(), [](const Contact& c) { return c.of_unknown_kind(); }));

            if (flag.informal_contacts == 0 && flag.unknown_kind_contacts == 0)
                flag.reasons.push_back(IsolationReason::no_informal_tie);
            if (flag.contacts > 0 && flag.informal_contacts == 0 && flag.unknown_kind_contacts == 0)
                flag.reasons.push_back(IsolationReason::only_professional_contacts);
            if (options.inactive_since && !has_recent) flag.reasons.push_back(IsolationReason::no_recent_tie);
            if (flag.good_contacts + flag.unknown_kind_contacts < options.min_good_contacts)
                flag.reasons.push_back(IsolationReason::few_good_contacts);
            if (!emotional_support && support_recorded) flag.reasons.push_back(IsolationReason::no_emotional_support);
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
