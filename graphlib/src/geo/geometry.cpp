// SPDX-License-Identifier: MIT
#include "wijknet/geo/geometry.hpp"

#include <algorithm>
#include <cmath>

namespace wijknet::geo {
namespace {

/// Twice the signed area and the area-weighted centre sum of one ring (shoelace).
struct RingMoments {
    double twice_area = 0;
    double cx = 0, cy = 0;  // sums before division by 3 * twice_area
};

RingMoments moments_of(const Ring& ring) {
    RingMoments m;
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i < n; ++i) {
        const MapPoint a = ring[i], b = ring[(i + 1) % n];
        const double cross = a.x * b.y - b.x * a.y;
        m.twice_area += cross;
        m.cx += (a.x + b.x) * cross;
        m.cy += (a.y + b.y) * cross;
    }
    return m;
}

bool ring_contains(const Ring& ring, MapPoint p) {
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const MapPoint a = ring[i], b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}

bool polygon_contains(const Polygon& polygon, MapPoint p) {
    if (!ring_contains(polygon.outer, p)) return false;
    return std::none_of(polygon.holes.begin(), polygon.holes.end(), [&](const Ring& h) { return ring_contains(h, p); });
}

double polygon_area(const Polygon& polygon) {
    double area = std::abs(moments_of(polygon.outer).twice_area) / 2;
    for (const auto& hole : polygon.holes) area -= std::abs(moments_of(hole).twice_area) / 2;
    return area;
}

}  // namespace

void Box::add(MapPoint p) {
    if (empty()) {
        min_x = max_x = p.x;
        min_y = max_y = p.y;
        return;
    }
    min_x = std::min(min_x, p.x);
    max_x = std::max(max_x, p.x);
    min_y = std::min(min_y, p.y);
    max_y = std::max(max_y, p.y);
}

void Box::add(const Box& other) {
    if (other.empty()) return;
    add(MapPoint{other.min_x, other.min_y});
    add(MapPoint{other.max_x, other.max_y});
}

Box bounds_of(std::span<const MapPoint> points) {
    Box box;
    for (const MapPoint p : points) box.add(p);
    return box;
}

Box bounds_of(const Shape& shape) {
    Box box;
    for (const auto& polygon : shape) box.add(bounds_of(polygon.outer));
    return box;
}

bool contains(const Shape& shape, MapPoint p) {
    return std::any_of(shape.begin(), shape.end(), [&](const Polygon& polygon) { return polygon_contains(polygon, p); });
}

double area_of(const Shape& shape) {
    double area = 0;
    for (const auto& polygon : shape) area += polygon_area(polygon);
    return area;
}

MapPoint centroid_of(const Shape& shape) {
    double twice_area = 0, cx = 0, cy = 0;
    const auto add = [&](const Ring& ring, double sign) {
        RingMoments m = moments_of(ring);
        // Outer rings count positive and holes negative, whatever the rings' winding.
        const double s = (m.twice_area < 0 ? -1.0 : 1.0) * sign;
        twice_area += s * m.twice_area;
        cx += s * m.cx;
        cy += s * m.cy;
    };
    for (const auto& polygon : shape) {
        add(polygon.outer, 1);
        for (const auto& hole : polygon.holes) add(hole, -1);
    }
    if (std::abs(twice_area) < 1e-12) {
        const Box box = bounds_of(shape);
        return {(box.min_x + box.max_x) / 2, (box.min_y + box.max_y) / 2};
    }
    return {cx / (3 * twice_area), cy / (3 * twice_area)};
}

MapPoint interior_point_of(const Shape& shape) {
    const MapPoint centroid = centroid_of(shape);
    if (shape.empty() || contains(shape, centroid)) return centroid;
    const auto largest = std::max_element(shape.begin(), shape.end(), [](const Polygon& a, const Polygon& b) {
        return polygon_area(a) < polygon_area(b);
    });
    // Scan lines across the largest polygon; take the middle of the widest inside stretch.
    const Box box = bounds_of(largest->outer);
    MapPoint best = centroid;
    double widest = -1;
    constexpr int scan_lines = 16;
    for (int line = 1; line < scan_lines; ++line) {
        const double y = box.min_y + box.height() * line / scan_lines;
        std::vector<double> crossings;
        const auto collect = [&](const Ring& ring) {
            for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const MapPoint a = ring[i], b = ring[j];
                if ((a.y > y) != (b.y > y)) crossings.push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
            }
        };
        collect(largest->outer);
        for (const auto& hole : largest->holes) collect(hole);
        std::sort(crossings.begin(), crossings.end());
        for (std::size_t k = 0; k + 1 < crossings.size(); k += 2) {
            if (crossings[k + 1] - crossings[k] > widest) {
                widest = crossings[k + 1] - crossings[k];
                best = {(crossings[k] + crossings[k + 1]) / 2, y};
            }
        }
    }
    return best;
}

}  // namespace wijknet::geo
