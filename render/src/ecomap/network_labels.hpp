// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "wijknet/render/canvas.hpp"

namespace wijknet::render {

/// Where each name goes in the whole-network drawing: beside its symbol (a circle of `radius`
/// at `centres[i]`), on the first side where it covers no name placed before it and no symbol,
/// and stays inside `bounds`; nothing where every side is taken, so that no two names are ever
/// drawn over each other.
std::vector<std::optional<Rect>> place_network_labels(std::span<const Point> centres, double radius,
                                                      std::span<const TextExtent> sizes, const Rect& bounds);

}  // namespace wijknet::render
