// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "wijknet/model/date.hpp"
#include "wijknet/render/ecomap_picture.hpp"

namespace wijknet::render {

/// \brief One client's ecomap as a page: whose, which day or which two days, in what words.
/// The command line and the editor make the same page from this, so screen and print agree.
struct EcomapPage {
    ActorIndex client;
    /// The network as it stood on this day; nothing: every tie, whatever its dates.
    std::optional<Date> at;
    /// The change between two days in one picture (instead of `at`).
    std::optional<std::pair<Date, Date>> compare;
    SectorScheme scheme = SectorScheme::wijknet;
    Language language = Language::nl;
    bool contact_ties = true;
    /// The name shown for an actor: its name, or a pseudonym. Names when not set.
    std::function<std::string(ActorIndex)> name_of;
};

/// "1 maart 2025" / "1 March 2025".
std::string spelled_date(Date day, Language language);

/// Draws the page on a canvas of `width` x `height` points.
EcomapDrawing draw_ecomap_page(Canvas& canvas, double width, double height, const Network& network, const EcomapPage& page);

}  // namespace wijknet::render
