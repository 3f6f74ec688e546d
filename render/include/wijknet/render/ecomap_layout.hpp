// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <functional>
#include <string>
#include <vector>

#include "wijknet/model/ego_network.hpp"
#include "wijknet/render/canvas.hpp"
#include "wijknet/render/sector_scheme.hpp"

namespace wijknet::render {

/// How far past the far ring the lines between sectors reach, as a share of its radius.
inline constexpr double sector_divider_reach = 1.04;

struct PlacedSector {
    std::size_t definition = 0;  // sector_definition(scheme, definition)
    double start_angle = 0;      // radians, clockwise from the positive x axis (y points down)
    double end_angle = 0;
    std::size_t contacts = 0;
    Point label_anchor;  // centre of the sector's name
    /// The room kept free for the name, sized for the longer of its Dutch and English labels.
    Rect label;
};

struct PlacedContact {
    ActorIndex actor;
    std::size_t sector = 0;  // index into EcomapLayout::sectors
    Closeness ring = Closeness::middle;
    Point centre;
    double symbol_radius = 0;
    Rect label;
    std::string label_text;
};

/// \brief Where everything of one ecomap goes, in points around the client at `centre`.
struct EcomapLayout {
    Point centre;
    /// Outer edge of the close, middle and far rings.
    std::array<double, 3> ring_radius{};
    /// Contacts stay outside this radius, clear of the client's own symbol.
    double inner_radius = 0;
    double ego_radius = 0;
    Rect ego_label;
    std::vector<PlacedSector> sectors;
    std::vector<PlacedContact> contacts;
    /// Everything above, sector labels included.
    Rect bounds;
};

struct EcomapLayoutOptions {
    SectorScheme scheme = SectorScheme::wijknet;
    /// Size of a label as it will be drawn.
    std::function<TextExtent(std::string_view)> measure_label;
    /// Size of a sector's name as it will be drawn; measure_label when not given.
    std::function<TextExtent(std::string_view)> measure_sector_label;
    /// The text of an actor's label (its name or pseudonym).
    std::function<std::string(ActorIndex)> label_of;
    double symbol_radius = 8;
    double min_contact_distance = 22;
};

/// The ring of a contact: the tie's `closeness` (the closest over the client's ties to it), else
/// its strength (strong: close, weak: far, otherwise middle).
Closeness ring_of(const Network& network, std::span<const TieIndex> ties_to_ego);

/// Lays out the contacts at distance 1 of `view` (members at distance 2 are left out) in sectors
/// and rings so that no two labels overlap, no label covers a symbol or the client's name,
/// contacts keep `min_contact_distance` apart, each stays inside its sector and ring, and the
/// client's line to a contact misses every other contact's symbol. Each ring widens on its own
/// when crowded. Deterministic: contacts come out by sector, ring, name, id.
/// O(contacts^2) per ring attempt in the usual case; a crowded ring takes a few attempts.
EcomapLayout layout_ecomap(const Network& network, const EgoNetwork& view, const EcomapLayoutOptions& options);

}  // namespace wijknet::render
