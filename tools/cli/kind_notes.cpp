// SPDX-License-Identifier: MIT
#include "kind_notes.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "wijknet/analysis/ego_measures.hpp"

namespace wijknet::cli {
namespace {

constexpr std::string_view how_to_give_a_kind =
    "give each actor a kind (resident, professional, volunteer, organisation, place or group) in a 'kind' column "
    "or GraphML attribute; see docs/formats.md";

std::string kinds_described(const Network& network) {
    std::map<ActorKind, std::size_t> by_kind;
    for (const Actor& actor : network.actors()) ++by_kind[actor.kind];
    std::string text;
    for (const auto& [kind, count] : by_kind)
        text += (text.empty() ? "" : ", ") + std::to_string(count) + " " +
                (kind == ActorKind::unspecified ? "of unspecified kind" : std::string(name_of(kind)));
    return text.empty() ? "no actors" : text;
}

}  // namespace

void note_when_no_residents(const Network& network, std::ostream& err) {
    const bool any = std::any_of(network.actors().begin(), network.actors().end(),
                                 [](const Actor& actor) { return actor.kind == ActorKind::resident; });
    if (any) return;
    err << "wijknet: note: no actor is a resident (" << kinds_described(network)
        << "), so no one can be listed; " << how_to_give_a_kind << "\n";
}

void note_when_no_clients(const Network& network, std::ostream& err) {
    const bool any = std::any_of(network.actors().begin(), network.actors().end(), [](const Actor& actor) { return actor.is_client; });
    if (any) return;
    err << "wijknet: note: no actor is a client, so there is no one to measure; mark clients with client=yes, "
           "or measure one actor with --ego ID\n";
}

void note_unspecified_ties(const Network& network, std::ostream& err) {
    const auto unspecified = static_cast<std::size_t>(std::count_if(
        network.ties().begin(), network.ties().end(), [](const Tie& tie) { return tie.kind == TieKind::unspecified; }));
    if (unspecified == 0) return;
    err << "wijknet: note: " << unspecified << " of " << network.tie_count()
        << " ties are of unspecified kind; their contacts count as neither formal nor informal (unknown_kind_contacts), "
           "and no flag is raised on a guess; give each tie a kind in a 'kind' column or GraphML attribute\n";
}

void note_no_support_recorded(const Network& network, std::ostream& err) {
    if (network.tie_count() == 0 || any_tie_states_support(network)) return;
    err << "wijknet: note: no tie says what support it carries, so missing support is unknown and "
           "no_emotional_support is not raised; give ties a 'support' column (P, G, A, E); see docs/formats.md\n";
}

}  // namespace wijknet::cli
