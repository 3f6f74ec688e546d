// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "wijknet/model/attributes.hpp"
#include "wijknet/model/location.hpp"
#include "wijknet/model/vocabulary.hpp"

namespace wijknet {

/// \brief A node of the network: a resident, professional, volunteer, organisation, place or group.
struct Actor {
    /// Stable identifier from the user's file; unique in a network.
    std::string id;
    std::string name;
    ActorKind kind = ActorKind::unspecified;
    /// Shown instead of the name when pictures are pseudonymised; may be empty.
    std::string pseudonym;
    Location location;
    /// Life domain chosen by the user; empty means "derive it from the ties".
    std::string sector;
    /// Id of the organisation a professional works for; empty when not known.
    std::string organisation;
    bool is_client = false;
    Attributes attributes;

    bool operator==(const Actor&) const = default;
};

/// Whether the actor is a person (resident, professional, volunteer, or of unknown kind), whose
/// name is pseudonymised and whose position is generalised; organisations, places and groups are
/// public and keep both.
constexpr bool is_person(const Actor& actor) {
    return actor.kind != ActorKind::organisation && actor.kind != ActorKind::place && actor.kind != ActorKind::group;
}

}  // namespace wijknet
