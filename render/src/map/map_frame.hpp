// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "wijknet/geo/geometry.hpp"
#include "wijknet/render/canvas.hpp"
#include "wijknet/render/map_picture.hpp"

// Shared by the parts of a map: where on the page the map sits and how map metres become points.

namespace wijknet::render::map_detail {

/// \brief Map units to page points: uniform scale, y flipped (north up), centred in the frame.
struct MapFrame {
    double left = 0, top = 0, width = 0, height = 0;  // the map's rectangle on the page
    double scale = 1;                                 // points per map unit
    geo::MapPoint centre;                             // map point at the frame's centre

    static MapFrame fit(const geo::Box& extent, double left, double top, double width, double height);
    [[nodiscard]] Point to_page(geo::MapPoint p) const {
        return {left + width / 2 + (p.x - centre.x) * scale, top + height / 2 - (p.y - centre.y) * scale};
    }
    [[nodiscard]] std::vector<std::vector<Point>> rings_of(const geo::Shape& shape) const;
};

/// What the legend lists, gathered while drawing.
struct LegendContent {
    MapClasses classes;
    std::vector<Colour> palette;
    bool any_suppressed = false;
    bool any_no_data = false;
    std::vector<ContactCategory> categories;  // in drawing order, each once
    std::vector<std::pair<MapTieClass, bool>> tie_styles;  // (class, weak)
    bool bundled = false;  // long ties drawn as bundles between grid cells
};

StrokeStyle map_tie_stroke(MapTieClass kind, bool weak, double alpha);
std::string format_class_value(double value, bool share);
/// Fills `rings` with fine diagonal lines: the mark for a suppressed count.
void hatch(Canvas& canvas, const std::vector<std::vector<Point>>& rings, const Colour& background);

void draw_legend(Canvas& canvas, double left, double top, const LegendContent& legend, const MapPictureOptions& options);
void draw_scale_bar(Canvas& canvas, const MapFrame& frame);
void draw_north_arrow(Canvas& canvas, const MapFrame& frame);

inline constexpr double legend_width = 190;
inline constexpr Colour map_grey{0.45, 0.45, 0.45, 1};
inline constexpr Colour no_data_fill{1, 1, 1, 1};
inline constexpr Colour suppressed_fill{0.86, 0.86, 0.86, 1};

}  // namespace wijknet::render::map_detail
