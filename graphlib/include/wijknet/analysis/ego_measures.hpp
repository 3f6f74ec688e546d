// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <map>
#include <optional>
#include <vector>

#include "wijknet/analysis/contact_graph.hpp"
#include "wijknet/analysis/structural_holes.hpp"
#include "wijknet/model/life_domain.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// \brief What a social worker asks of one client's network (docs/analyses.md, "measures").
struct EgoMeasures {
    ActorIndex ego;
    std::size_t contacts = 0;
    std::map<ActorKind, std::size_t> by_kind;
    std::map<LifeDomain, std::size_t> by_domain;
    /// A contact with at least one informal tie to the ego is informal; one with a formal tie and
    /// no informal one is formal; one whose ties are all of unspecified kind (an imported graph
    /// without kinds) is of unknown kind, neither formal nor informal.
    std::size_t informal_contacts = 0;
    std::size_t formal_contacts = 0;
    std::size_t unknown_kind_contacts = 0;
    /// Contacts who give the ego each support type (P, G, A, E in SupportType order).
    std::array<std::vector<ActorIndex>, 4> givers;
    /// Contacts who give the ego any support, whom the ego supports, and both.
    std::size_t supported_by = 0;
    std::size_t supports = 0;
    std::size_t mutual = 0;
    /// Ties among the contacts over the possible pairs (the ego left out); NaN below two contacts.
    double density = 0;
    /// Groups the contacts fall into when the ego is taken away.
    std::size_t contact_components = 0;
    StructuralHoles holes;
    std::size_t good_contacts = 0;
    /// Every contact is formal. Not raised while a contact's kind is unknown.
    bool only_professionals = false;
    /// Fewer good contacts than asked, even if every contact of unknown kind were a good one.
    bool few_good_contacts = false;
    /// Whether any tie of the network says what support it carries. An imported graph without
    /// support types tells nothing of what support is missing, so missing_support() is then empty.
    bool support_recorded = true;

    [[nodiscard]] std::vector<SupportType> missing_support() const;
    [[nodiscard]] std::vector<SupportType> single_source_support() const;
};

/// Whether any tie says what support it carries (an imported graph often has no such column).
/// O(ties) at worst; stops at the first.
bool any_tie_states_support(const Network& network);

struct EgoMeasureOptions {
    std::optional<Date> at;
    TieWeighting weighting = TieWeighting::unweighted;
    /// Fewer good contacts than this raises `few_good_contacts`.
    std::size_t min_good_contacts = 4;
};

/// \brief Measures egos of one network; the contact graph is built once for all of them.
class EgoMeter {
public:
    /// O(actors + ties) to build the contact graph.
    EgoMeter(const Network& network, const EgoMeasureOptions& options);
    /// O(sum of the degrees of the ego's contacts).
    EgoMeasures measure(ActorIndex ego);

private:
    const Network& network_;
    EgoMeasureOptions options_;
    ContactGraph graph_;
    StructuralHoleMeter holes_;
    bool support_recorded_;
};

}  // namespace wijknet
