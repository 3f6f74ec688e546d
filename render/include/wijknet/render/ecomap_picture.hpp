// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <functional>
#include <string>
#include <vector>

#include "wijknet/model/ego_network.hpp"
#include "wijknet/render/canvas.hpp"
#include "wijknet/render/ecomap_layout.hpp"
#include "wijknet/render/ecomap_style.hpp"

namespace wijknet::render {

struct EcomapPictureOptions {
    SectorScheme scheme = SectorScheme::wijknet;
    Language language = Language::nl;
    /// Ties between contacts, drawn thin and grey under the client's own ties.
    bool contact_ties = true;
    /// The name shown for an actor: its name, or a pseudonym.
    std::function<std::string(ActorIndex)> name_of;
    /// The title's date: "op 1 maart 2025", or "alle data".
    std::string date_text;
    /// For a picture of change between two days: ties that came and ties that went (drawn faint
    /// and struck through), counted in the legend.
    std::vector<TieIndex> gained;
    std::vector<TieIndex> lost;
};

/// \brief What one ecomap shows, so the legend lists exactly that (and tests can check it).
struct EcomapLegend {
    std::vector<ContactCategory> categories;
    std::vector<LinePattern> patterns;
    bool conflict = false;
    /// How the conflicts are drawn: red and zigzag, or red and dashed when weak.
    std::vector<LinePattern> conflict_patterns;
    /// A strong tie drawn as one thick line; `thick_double_lines`: only as a heavier double line
    /// (a strong tie with several kinds of support). An ended tie is drawn thin either way.
    bool thick_lines = false;
    bool thick_double_lines = false;
    bool arrows = false;
    bool support_marks = false;
    bool double_lines = false;
    bool contact_ties = false;
    std::size_t gained = 0;
    std::size_t lost = 0;
};

/// \brief Where the picture put things, in points from the page's top-left corner: what a tap on
/// the picture finds, and where a contact dragged elsewhere lands.
struct EcomapPlacement {
    struct Contact {
        ActorIndex actor;
        Point centre;
        double radius = 0;
        Rect label;
        Closeness ring = Closeness::middle;
        std::size_t sector = 0;  // index into sectors
    };
    /// A line drawn between two actors: the client's line to a contact (all ties between
    /// them), or a tie between two contacts.
    struct Line {
        ActorIndex from_actor;
        ActorIndex to_actor;
        Point from;
        Point to;
    };
    struct Sector {
        std::size_t definition = 0;  // sector_definition(scheme, definition)
        double start_angle = 0;      // radians, clockwise from the positive x axis
        double end_angle = 0;
    };
    Point centre;
    double ego_radius = 0;
    Rect ego_label;
    /// Outer edge of the close, middle and far rings.
    std::array<double, 3> ring_radius{};
    std::vector<Sector> sectors;
    std::vector<Contact> contacts;
    std::vector<Line> lines;
};

struct EcomapDrawing {
    EcomapLegend legend;
    EcomapPlacement placement;
};

/// Draws the client's ecomap on a page of `width` x `height` points: title, rings and sectors,
/// ties in Hartman's lines with P/G/A/E marks and arrows, symbols, names, and a legend of what is
/// used. Returns that legend and where everything went.
EcomapDrawing draw_ecomap(Canvas& canvas, double width, double height, const Network& network, const EgoNetwork& view,
                         const EcomapPictureOptions& options);

}  // namespace wijknet::render
