// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "wijknet/model/date.hpp"
#include "wijknet/model/ids.hpp"
#include "wijknet/model/vocabulary.hpp"

namespace wijknet {

/// \brief An edge of the network: a relation between two actors, with what flows along it.
struct Tie {
    ActorIndex source;
    ActorIndex target;
    TieKind kind = TieKind::unspecified;
    std::optional<Strength> strength;
    std::optional<Valence> valence;
    std::optional<SupportDirection> direction;
    SupportTypes support;
    std::optional<Frequency> frequency;
    std::optional<Date> since;
    std::optional<Date> until;
    std::optional<Closeness> closeness;
    // Free attributes (columns wijknet does not know) are kept by the Network, not here: most
    // ties have none, and a tie of 40 bytes rather than 64 is 130 MB less at a million residents.

    /// Active on `day`: `since` (if any) on or before it, `until` (if any) on or after it.
    [[nodiscard]] bool active_on(Date day) const {
        return (!since || *since <= day) && (!until || day <= *until);
    }
    [[nodiscard]] Formality formality() const { return formality_of(kind); }
    /// The actor at the other end from `actor`.
    [[nodiscard]] ActorIndex other(ActorIndex actor) const { return actor == source ? target : source; }

    bool operator==(const Tie&) const = default;
};

}  // namespace wijknet
