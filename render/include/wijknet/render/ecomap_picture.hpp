// SPDX-License-Identifier: MIT
#pragma once

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

/// Draws the client's ecomap on a page of `width` x `height` points: title, rings and sectors,
/// ties in Hartman's lines with P/G/A/E marks and arrows, symbols, names, and a legend of what is
/// used. Returns that legend.
EcomapLegend draw_ecomap(Canvas& canvas, double width, double height, const Network& network, const EgoNetwork& view,
                         const EcomapPictureOptions& options);

}  // namespace wijknet::render
