// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/analysis/small_numbers.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

enum class IsolationReason : std::uint8_t {
    no_informal_tie,
    only_professional_contacts,
    no_recent_tie,
    few_good_contacts,
    no_emotional_support,
    sole_carer,
};
std::string_view name_of(IsolationReason reason);

/// \brief One resident on the isolation list, with why.
struct IsolationFlag {
    ActorIndex resident;
    std::vector<IsolationReason> reasons;
    /// Higher is more urgent; see docs/analyses.md for the weights.
    int score = 0;
    std::size_t contacts = 0;
    std::size_t informal_contacts = 0;
    /// Contacts whose ties are all of unspecified kind: they may be informal or formal, so they
    /// keep `no_informal_tie`, `only_professional_contacts` and `few_good_contacts` from being
    /// raised on a guess.
    std::size_t unknown_kind_contacts = 0;
    std::size_t good_contacts = 0;
    /// For `sole_carer`: someone who gets practical or emotional support from this resident only.
    std::optional<ActorIndex> sole_carer_of;
};

struct IsolationOptions {
    std::optional<Date> at;
    /// Raises `no_recent_tie` for residents with no tie active on or after this day.
    std::optional<Date> inactive_since;
    std::size_t min_good_contacts = 4;
};

/// Every resident with at least one reason, most urgent first (score, then fewest good contacts,
/// then id). O(actors + ties).
std::vector<IsolationFlag> isolated_residents(const Network& network, const IsolationOptions& options = {});

/// \brief Residents and residents without any informal tie in one area, as they may be published.
struct AreaIsolation {
    std::string area;
    PublishedCount residents;
    PublishedCount without_informal_tie;
    PublishedCount flagged;
    std::optional<double> share_without_informal_tie;
};

/// Counts per area code (the actor's `area`; residents without one count under ""), small
/// numbers suppressed by `policy`. Sorted by area code.
std::vector<AreaIsolation> isolation_by_area(const Network& network, const std::vector<IsolationFlag>& flags,
                                             const CountPolicy& policy);

}  // namespace wijknet
