// SPDX-License-Identifier: MIT
#include "wijknet/render/sector_scheme.hpp"

#include <algorithm>
#include <vector>

#include "wijknet/model/life_domain.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::render {
namespace {

const std::vector<SectorDefinition> wijknet_sectors{
    {"household_family", "huishouden en familie", "household and family"},
    {"friends", "vrienden en kennissen", "friends and acquaintances"},
    {"neighbourhood", "buurt", "neighbourhood"},
    {"work_school", "werk, school en dagbesteding", "work, school and day activities"},
    {"volunteers_groups", "vrijwilligers en groepen", "volunteers and groups"},
    {"formal_care", "zorg en welzijn", "formal care and welfare"},
};

const std::vector<SectorDefinition> pantucek_sectors{
    {"family", "familie", "family"},
    {"friends", "vrienden en kennissen", "friends and acquaintances"},
    {"work", "collega's, werk en school", "colleagues, work and school"},
    {"professionals", "professionele helpers", "professional helpers"},
};

const std::vector<SectorDefinition> lensink_sectors{
    {"familie", "familie", "family"},
    {"medeclienten", "medecliënten", "fellow clients"},
    {"professionals", "professionals", "professionals"},
    {"samenleving", "samenleving", "society"},
};

const SectorDefinition unknown_sector_definition{"unknown", "sector onbekend", "sector unknown"};

/// The most personal domain over the client's ties to the contact: family before friends before
/// formal care, so a neighbour who is also family sits with the family. Nothing when no tie tells.
std::optional<LifeDomain> domain_of(const Network& network, ActorIndex contact, std::span<const TieIndex> ties) {
    std::optional<LifeDomain> best;
    for (const TieIndex index : ties) {
        const auto domain = known_life_domain(network.actor(contact), network.tie(index));
        if (domain && (!best || *domain < *best)) best = domain;
    }
    return best;
}

}  // namespace

std::optional<SectorScheme> parse_sector_scheme(std::string_view text) {
    for (const auto scheme : {SectorScheme::wijknet, SectorScheme::pantucek, SectorScheme::lensink})
        if (text::iequals(text, name_of(scheme))) return scheme;
    return std::nullopt;
}

std::string_view name_of(SectorScheme scheme) {
    switch (scheme) {
        case SectorScheme::pantucek: return "pantucek";
        case SectorScheme::lensink: return "lensink";
        default: return "wijknet";
    }
}

std::span<const SectorDefinition> sectors_of(SectorScheme scheme) {
    switch (scheme) {
        case SectorScheme::pantucek: return pantucek_sectors;
        case SectorScheme::lensink: return lensink_sectors;
        default: return wijknet_sectors;
    }
}

std::size_t unknown_sector(SectorScheme scheme) { return sectors_of(scheme).size(); }

const SectorDefinition& sector_definition(SectorScheme scheme, std::size_t index) {
    const auto definitions = sectors_of(scheme);
    return index < definitions.size() ? definitions[index] : unknown_sector_definition;
}

std::size_t sector_of(SectorScheme scheme, const Network& network, ActorIndex contact,
                      std::span<const TieIndex> ties_to_ego) {
    const auto known = domain_of(network, contact, ties_to_ego);
    const Actor& actor = network.actor(contact);
    if (!known && !(scheme == SectorScheme::lensink && actor.is_client)) return unknown_sector(scheme);
    const LifeDomain domain = known.value_or(LifeDomain::friends);
    switch (scheme) {
        case SectorScheme::wijknet: return static_cast<std::size_t>(domain);
        case SectorScheme::pantucek:
            switch (domain) {
                case LifeDomain::household_family: return 0;
                case LifeDomain::work_school: return 2;
                case LifeDomain::formal_care: return 3;
                default: return 1;
            }
        case SectorScheme::lensink: {
            // Family first; then whoever is there by profession (a professional or organisation,
            // or over a formal tie, whatever else they are); then fellow clients; the rest is society.
            if (domain == LifeDomain::household_family) return 0;
            const bool formal_tie = std::any_of(ties_to_ego.begin(), ties_to_ego.end(), [&](TieIndex index) {
                return network.tie(index).formality() == Formality::formal;
            });
            if (domain == LifeDomain::formal_care || formal_tie || actor.kind == ActorKind::professional ||
                actor.kind == ActorKind::organisation)
                return 2;
            if (actor.is_client) return 1;
            return 3;
        }
    }
    return 0;
}

}  // namespace wijknet::render
