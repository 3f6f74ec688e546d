// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "wijknet/model/network.hpp"

namespace wijknet::render {

/// How an ecomap divides a client's contacts into sectors.
enum class SectorScheme {
    /// Six life domains (model/life_domain.hpp), after Hartman and the Dutch ecogram.
    wijknet,
    /// Pantuček's Netzwerkkarte: family; friends and acquaintances; colleagues, work and school;
    /// professional helpers.
    pantucek,
    /// Lensink's netwerkcirkel: familie, medecliënten, professionals, samenleving.
    lensink,
};

std::optional<SectorScheme> parse_sector_scheme(std::string_view text);
std::string_view name_of(SectorScheme scheme);

struct SectorDefinition {
    std::string key;
    std::string label_nl;
    std::string label_en;
};

std::span<const SectorDefinition> sectors_of(SectorScheme scheme);

/// The sector of contacts whose life domain nothing tells (an imported graph without kinds or
/// sectors): one past the scheme's own, drawn only when some contact is in it.
std::size_t unknown_sector(SectorScheme scheme);
/// The definition of sector `index`, which is below sectors_of(scheme).size() or unknown_sector().
const SectorDefinition& sector_definition(SectorScheme scheme, std::size_t index);

/// The sector (index into sectors_of, or unknown_sector()) of a contact, seen over its ties to the
/// client.
std::size_t sector_of(SectorScheme scheme, const Network& network, ActorIndex contact,
                      std::span<const TieIndex> ties_to_ego);

}  // namespace wijknet::render
