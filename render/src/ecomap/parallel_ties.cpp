// SPDX-License-Identifier: MIT
#include "parallel_ties.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace wijknet::render {

std::vector<double> parallel_tie_bows(const Network& network, std::span<const TieIndex> ties, double spacing) {
    using Pair = std::pair<std::size_t, std::size_t>;
    const auto pair_of = [&](TieIndex index) {
        const Tie& tie = network.tie(index);
        return Pair{std::min(tie.source.value(), tie.target.value()), std::max(tie.source.value(), tie.target.value())};
    };
    std::map<Pair, std::size_t> ties_of_pair;
    for (const TieIndex index : ties) ++ties_of_pair[pair_of(index)];
    std::map<Pair, std::size_t> drawn_of_pair;
    std::vector<double> bows;
    bows.reserve(ties.size());
    for (const TieIndex index : ties) {
        const Pair pair = pair_of(index);
        const double count = static_cast<double>(ties_of_pair[pair]);
        const double rank = static_cast<double>(drawn_of_pair[pair]++);
        const double bow = (rank - (count - 1) / 2) * spacing;
        // Measured for the pair's own direction, so that a tie each way bows to opposite sides.
        bows.push_back(network.tie(index).source.value() == pair.first ? bow : -bow);
    }
    return bows;
}

std::vector<Point> bowed_line(Point from, Point to, double bow) {
    if (bow == 0) return {from, to};
    const double dx = to.x - from.x, dy = to.y - from.y;
    const double length = std::hypot(dx, dy);
    if (length == 0) return {from, to};
    const double nx = dy / length, ny = -dx / length;
    constexpr int steps = 12;
    std::vector<Point> points;
    points.reserve(steps + 1);
    for (int i = 0; i <= steps; ++i) {
        const double t = static_cast<double>(i) / steps;
        const double out = 4 * t * (1 - t) * bow;  // 0 at the ends, `bow` at the middle
        points.push_back({from.x + dx * t + nx * out, from.y + dy * t + ny * out});
    }
    return points;
}

void draw_tie_along(Canvas& canvas, std::span<const Point> points, const TieLineStyle& style) {
    if (style.pattern != LinePattern::zigzag) return canvas.stroke_path(points, style.stroke);
    std::vector<Point> teeth;
    const double amplitude = std::min(3.0, 1.0 + style.stroke.width), step = std::min(6.0, 2.0 + 2 * style.stroke.width);
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const auto piece = zigzag(points[i], points[i + 1], amplitude, step);
        teeth.insert(teeth.end(), piece.begin() + (i == 0 ? 0 : 1), piece.end());
    }
    canvas.stroke_path(teeth, style.stroke);
}

}  // namespace wijknet::render
