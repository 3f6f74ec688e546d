// SPDX-License-Identifier: MIT
#include "wijknet/model/life_domain.hpp"

#include <array>

#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

constexpr std::array<std::string_view, 6> domain_names{
    "household_family", "friends", "neighbourhood", "work_school", "volunteers_groups", "formal_care"};

LifeDomain domain_of_actor_kind(ActorKind kind) {
    switch (kind) {
        case ActorKind::professional:
        case ActorKind::organisation: return LifeDomain::formal_care;
        case ActorKind::volunteer:
        case ActorKind::group:
        case ActorKind::place: return LifeDomain::volunteers_groups;
        default: return LifeDomain::friends;
    }
}

}  // namespace

std::string_view name_of(LifeDomain domain) { return domain_names[static_cast<std::size_t>(domain)]; }

std::optional<LifeDomain> parse_life_domain(std::string_view text) {
    text = text::trim(text);
    for (std::size_t i = 0; i < domain_names.size(); ++i)
        if (text::iequals(text, domain_names[i])) return static_cast<LifeDomain>(i);
    return std::nullopt;
}

std::optional<LifeDomain> known_life_domain(const Actor& contact, const Tie& tie) {
    if (contact.kind == ActorKind::unspecified && tie.kind == TieKind::unspecified && !parse_life_domain(contact.sector))
        return std::nullopt;
    return life_domain_of(contact, tie);
}

LifeDomain life_domain_of(const Actor& contact, const Tie& tie) {
    if (const auto chosen = parse_life_domain(contact.sector)) return *chosen;
    switch (tie.kind) {
        case TieKind::household:
        case TieKind::family: return LifeDomain::household_family;
        case TieKind::friendship: return LifeDomain::friends;
        case TieKind::neighbour: return LifeDomain::neighbourhood;
        case TieKind::colleague: return LifeDomain::work_school;
        case TieKind::volunteer_help:
        case TieKind::membership: return LifeDomain::volunteers_groups;
        case TieKind::care:
        case TieKind::employment:
        case TieKind::collaboration:
        case TieKind::referral: return LifeDomain::formal_care;
        case TieKind::unspecified: break;
    }
    return domain_of_actor_kind(contact.kind);
}

}  // namespace wijknet
