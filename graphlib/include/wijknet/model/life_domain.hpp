// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "wijknet/model/actor.hpp"
#include "wijknet/model/tie.hpp"

namespace wijknet {

/// \brief The life domains of wijknet's default ecomap sectors (after Hartman and the Dutch ecogram).
enum class LifeDomain : std::uint8_t {
    household_family,
    friends,
    neighbourhood,
    work_school,
    volunteers_groups,
    formal_care,
};

/// Names as written in tables and the sector column: `household_family`, `friends`, ...
std::string_view name_of(LifeDomain domain);
std::optional<LifeDomain> parse_life_domain(std::string_view text);

/// The domain a contact belongs to, seen from an ego over the tie between them: the contact's own
/// `sector` when it names a domain, otherwise the tie kind (family -> household_family, care ->
/// formal_care, ...), with the contact's kind deciding for ties of unspecified kind.
LifeDomain life_domain_of(const Actor& contact, const Tie& tie);
/// As life_domain_of, but nothing when nothing tells the domain: no sector, a tie of unspecified
/// kind and an actor of unspecified kind (an imported graph), where life_domain_of guesses friends.
std::optional<LifeDomain> known_life_domain(const Actor& contact, const Tie& tie);

}  // namespace wijknet
