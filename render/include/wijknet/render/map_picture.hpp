// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "wijknet/geo/geometry.hpp"
#include "wijknet/render/canvas.hpp"
#include "wijknet/render/ecomap_style.hpp"

namespace wijknet::render {

/// \brief An area as the map shows it: its shape and the (already published) value it is coloured by.
struct MapArea {
    std::string label;
    geo::Shape shape;
    std::optional<double> value;  // nothing: suppressed or no data
    bool suppressed = false;      // the value exists but is too small to show
};

/// \brief An actor on the map, at its published (generalised) position.
struct MapActor {
    geo::MapPoint at;
    ContactCategory category = ContactCategory::other;
    std::string label;  // empty unless names are shown
};

enum class MapTieClass { informal, formal, conflict };

struct MapTie {
    geo::MapPoint from, to;
    MapTieClass kind = MapTieClass::informal;
    bool weak = false;
};

/// \brief Everything on one map, in the map's projected CRS (metres, y up).
struct MapScene {
    std::vector<MapArea> areas;
    std::vector<MapActor> actors;
    std::vector<MapTie> ties;
};

struct MapPictureOptions {
    std::string title;
    std::string subtitle;
    std::string indicator_label;  // the legend's heading for the choropleth
    bool indicator_is_share = false;  // values 0..1 shown as percentages
    std::string source_line;          // sources, date and tool, at the foot
    std::size_t min_cell = 10;        // for the legend's "suppressed" entry
    std::size_t max_classes = 5;
    Language language = Language::nl;
};

/// \brief Class breaks for a choropleth: quantiles of the values shown, rounded, never two equal.
struct MapClasses {
    std::vector<double> upper_bounds;  // the last is the maximum
    [[nodiscard]] std::size_t class_of(double value) const;
};
MapClasses map_classes(const std::vector<double>& values, std::size_t max_classes, bool share);

/// The sequential palette (ColorBrewer Purples: one hue, readable by colour-blind readers and in
/// greyscale) for `classes` classes, light to dark.
std::vector<Colour> map_palette(std::size_t classes);

/// Draws the map on a `width` x `height` page in points: areas as a choropleth with their labels
/// (none overlapping), ties in batches by style, actors as symbols by kind, title, legend with
/// the class breaks and the suppressed and no-data symbols, scale bar, north arrow, source line.
/// Work that cannot show at the page's size (segments and symbols falling on the same spot) is
/// skipped.
void draw_map(Canvas& canvas, double width, double height, const MapScene& scene, const MapPictureOptions& options);

}  // namespace wijknet::render
