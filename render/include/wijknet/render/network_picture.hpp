// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <span>
#include <string>

#include "wijknet/model/network.hpp"
#include "wijknet/render/canvas.hpp"
#include "wijknet/render/ecomap_style.hpp"

namespace wijknet::render {

struct NetworkPictureOptions {
    Language language = Language::nl;
    std::function<std::string(ActorIndex)> name_of;
    /// Names next to the symbols; with many actors they would cover the picture.
    bool names = true;
    std::string title;
    std::string subtitle;
};

/// Draws `actors` (at `positions`, any scale; fitted to the page) and the `ties` among them in the
/// ecomap's visual language, with a legend of what is used.
void draw_network(Canvas& canvas, double width, double height, const Network& network,
                  std::span<const ActorIndex> actors, std::span<const TieIndex> ties, std::span<const Point> positions,
                  const NetworkPictureOptions& options);

}  // namespace wijknet::render
