// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <vector>

// Plain geometry in a map's projected coordinate system (metres for RD New). What the GIS seam
// hands to the rest of wijknet; no GDAL type ever appears outside src/gis/.

namespace wijknet::geo {

struct MapPoint {
    double x = 0;
    double y = 0;
    bool operator==(const MapPoint&) const = default;
};

/// \brief An axis-aligned box; empty until something is added.
struct Box {
    double min_x = 0, min_y = 0, max_x = -1, max_y = -1;

    [[nodiscard]] bool empty() const { return max_x < min_x || max_y < min_y; }
    [[nodiscard]] double width() const { return empty() ? 0 : max_x - min_x; }
    [[nodiscard]] double height() const { return empty() ? 0 : max_y - min_y; }
    [[nodiscard]] bool contains(MapPoint p) const {
        return !empty() && p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y;
    }
    void add(MapPoint p);
    void add(const Box& other);
};

/// A closed ring; the last point need not repeat the first.
using Ring = std::vector<MapPoint>;

/// \brief A polygon: one outer ring and any holes.
struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
};

/// An area's shape: one or more polygons (a buurt split by a river is two).
using Shape = std::vector<Polygon>;

Box bounds_of(std::span<const MapPoint> points);
Box bounds_of(const Shape& shape);

/// Whether `p` lies inside `shape` (in an outer ring and in none of its holes). Even-odd rule;
/// a point exactly on an edge may fall either way.
bool contains(const Shape& shape, MapPoint p);

/// Surface in square map units, holes taken off.
double area_of(const Shape& shape);

/// Centre of mass of the surface; for a concave shape it may lie outside.
MapPoint centroid_of(const Shape& shape);

/// A point well inside the shape to hang a label or a generalised symbol on: the centroid when
/// it lies inside, else the middle of the widest horizontal run through the largest polygon.
MapPoint interior_point_of(const Shape& shape);

}  // namespace wijknet::geo
