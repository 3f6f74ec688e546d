// SPDX-License-Identifier: MIT
#include "network_labels.hpp"

#include <array>

namespace wijknet::render {
namespace {

constexpr double gap = 1.5;  // between a symbol and its name

/// The places a name may take around its symbol, most readable first: right, left, above,
/// below, then the four corners.
std::array<Rect, 8> candidates(Point c, double r, TextExtent size) {
    const double w = size.width, h = size.height, side = r + gap;
    return {{{c.x + side, c.y - h / 2, w, h},
             {c.x - side - w, c.y - h / 2, w, h},
             {c.x - w / 2, c.y - side - h, w, h},
             {c.x - w / 2, c.y + side, w, h},
             {c.x + side, c.y - side - h, w, h},
             {c.x + side, c.y + side, w, h},
             {c.x - side - w, c.y - side - h, w, h},
             {c.x - side - w, c.y + side, w, h}}};
}

bool inside(const Rect& box, const Rect& bounds) {
    return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width &&
           box.y + box.height <= bounds.y + bounds.height;
}

}  // namespace

std::vector<std::optional<Rect>> place_network_labels(std::span<const Point> centres, double radius,
                                                      std::span<const TextExtent> sizes, const Rect& bounds) {
    std::vector<Rect> taken;  // symbols, then each name placed
    taken.reserve(centres.size() * 2);
    for (const Point c : centres) taken.push_back({c.x - radius, c.y - radius, 2 * radius, 2 * radius});
    std::vector<std::optional<Rect>> placed(centres.size());
    for (std::size_t i = 0; i < centres.size(); ++i) {
        for (const Rect& box : candidates(centres[i], radius, sizes[i])) {
            if (!inside(box, bounds)) continue;
            bool free = true;
            for (const Rect& other : taken)
                if (box.overlaps(other, 0.5)) {
                    free = false;
                    break;
                }
            if (!free) continue;
            placed[i] = box;
            taken.push_back(box);
            break;
        }
    }
    return placed;
}

}  // namespace wijknet::render
