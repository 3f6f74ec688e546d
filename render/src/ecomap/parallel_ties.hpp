// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <vector>

#include "wijknet/model/network.hpp"
#include "wijknet/render/canvas.hpp"
#include "wijknet/render/ecomap_style.hpp"

// Several ties between one pair (relations of a UCINET or multiplex import, a directed tie each
// way) drawn as one straight line would look like one tie: each is bowed apart instead.

namespace wijknet::render {

/// By position in `ties`: how far each tie's line bows out from the straight line between its
/// ends, `spacing` apart for the ties of one pair, 0 for a pair's only tie. Signed for a line
/// drawn from the tie's source to its target (bowed_line()).
std::vector<double> parallel_tie_bows(const Network& network, std::span<const TieIndex> ties, double spacing);

/// The line from `from` to `to`, bowed `bow` to its left at the middle (a parabola's points);
/// the straight line when `bow` is 0.
std::vector<Point> bowed_line(Point from, Point to, double bow);

/// A tie's line along `points`, straight, dashed or zigzag as the style says.
void draw_tie_along(Canvas& canvas, std::span<const Point> points, const TieLineStyle& style);

}  // namespace wijknet::render
