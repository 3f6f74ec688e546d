// SPDX-License-Identifier: MIT
#include "wijknet/render/map_picture.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_set>

#include "map_frame.hpp"

namespace wijknet::render {
namespace {

using namespace map_detail;

constexpr double margin = 28;
constexpr double title_height = 58;
constexpr double footer_height = 22;

/// A key for a point rounded to a grid of `cell` points: two things on the same key would be
/// drawn on the same pixels.
std::uint64_t spot_key(Point p, double cell) {
    const auto x = static_cast<std::uint64_t>(static_cast<std::int64_t>(std::floor(p.x / cell)) + (1 << 30));
    const auto y = static_cast<std::uint64_t>(static_cast<std::int64_t>(std::floor(p.y / cell)) + (1 << 30));
    return x << 32 | (y & 0xffffffffu);
}

void draw_areas(Canvas& canvas, const MapFrame& frame, const MapScene& scene, LegendContent& legend) {
    const StrokeStyle border{Colour{1, 1, 1, 1}, 0.9, {}};
    for (const auto& area : scene.areas) {
        const auto rings = frame.rings_of(area.shape);
        if (area.value) {
            canvas.fill_rings(rings, legend.palette[legend.classes.class_of(*area.value)]);
        } else if (area.suppressed) {
            hatch(canvas, rings, suppressed_fill);
            legend.any_suppressed = true;
        } else {
            canvas.fill_rings(rings, no_data_fill);
            legend.any_no_data = true;
        }
    }
    // Borders after every fill, so no neighbour's fill covers half of one.
    for (const auto& area : scene.areas)
        for (const auto& ring : frame.rings_of(area.shape)) canvas.stroke_path(ring, StrokeStyle{map_grey, 0.5, {}}, true);
    (void)border;
}

void draw_ties(Canvas& canvas, const MapFrame& frame, const MapScene& scene, LegendContent& legend) {
    // Batched by style; a segment whose two ends fall on the same spots as one already drawn
    // adds nothing, and one shorter than half a point does not show.
    constexpr double cell = 0.5;
    std::map<std::pair<MapTieClass, bool>, std::vector<Point>> batches;
    std::unordered_set<std::uint64_t> drawn;
    std::size_t segments = 0;
    for (const auto& tie : scene.ties) {
        const bool weak = tie.weak && tie.kind != MapTieClass::conflict;  // conflict shows as conflict, weak or not
        Point a = frame.to_page(tie.from), b = frame.to_page(tie.to);
        if (std::hypot(a.x - b.x, a.y - b.y) < cell) continue;
        std::uint64_t ka = spot_key(a, cell), kb = spot_key(b, cell);
        if (ka > kb) std::swap(ka, kb);
        const std::uint64_t key = (ka * 0x9E3779B97F4A7C15ull) ^ kb ^ (static_cast<std::uint64_t>(tie.kind) << 2 | weak);
        if (!drawn.insert(key).second) continue;
        auto& batch = batches[{tie.kind, weak}];
        batch.push_back(a);
        batch.push_back(b);
        ++segments;
    }
    // Many lines fade, so the areas beneath still read.
    const double alpha = std::clamp(0.85 * std::sqrt(120.0 / std::max<double>(1, static_cast<double>(segments))), 0.05, 0.85);
    for (const auto& [style, points] : batches) {
        canvas.stroke_segments(points, map_tie_stroke(style.first, style.second, style.first == MapTieClass::conflict ? std::max(alpha, 0.6) : alpha));
        legend.tie_styles.push_back(style);
    }
}

void draw_actors(Canvas& canvas, const MapFrame& frame, const MapScene& scene, LegendContent& legend,
                 std::vector<Rect>& taken) {
    // Residents small and first; the rest over them. One symbol per kind and spot. A crowd of
    // residents gets smaller dots, so the areas' colours still show between them.
    const auto residents = static_cast<std::size_t>(std::count_if(scene.actors.begin(), scene.actors.end(), [](const MapActor& a) {
        return a.category == ContactCategory::resident;
    }));
    const double resident_radius = residents > 500 ? 1.1 : 1.8;
    std::unordered_set<std::uint64_t> drawn;
    const TextStyle name{"DejaVu Sans", 6.5, map_ink, false};
    for (const bool residents_pass : {true, false}) {
        for (const auto& actor : scene.actors) {
            const bool resident = actor.category == ContactCategory::resident;
            if (resident != residents_pass) continue;
            const double radius = resident ? resident_radius : actor.category == ContactCategory::place ? 5.5 : 3.5;
            const Point at = frame.to_page(actor.at);
            const std::uint64_t key = spot_key(at, 1.0) * 31 + static_cast<std::uint64_t>(actor.category);
            if (!drawn.insert(key).second && actor.label.empty()) continue;
            draw_symbol(canvas, symbol_style(actor.category), at, radius, resident ? 0.25 : 0.6);
            if (std::find(legend.categories.begin(), legend.categories.end(), actor.category) == legend.categories.end())
                legend.categories.push_back(actor.category);
            if (actor.label.empty()) continue;
            const auto extent = canvas.measure_text(actor.label, name);
            const Rect box{at.x + radius + 2, at.y - extent.height / 2, extent.width, extent.height};
            if (std::any_of(taken.begin(), taken.end(), [&](const Rect& r) { return r.overlaps(box, 1); })) continue;
            taken.push_back(box);
            canvas.fill_path(std::vector<Point>{{box.x - 1, box.y}, {box.x + box.width + 1, box.y},
                                                {box.x + box.width + 1, box.y + box.height}, {box.x - 1, box.y + box.height}},
                             Colour{1, 1, 1, 0.72});
            canvas.text({box.x, box.y}, actor.label, name);
        }
    }
}

/// Area names at their interior points, largest areas first; a name that would overlap one
/// already placed, or not fit its area, is left out.
void draw_area_labels(Canvas& canvas, const MapFrame& frame, const MapScene& scene, std::vector<Rect>& taken) {
    const TextStyle style{"DejaVu Sans", 7.5, map_ink, false};
    std::vector<std::size_t> order(scene.areas.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<double> size(scene.areas.size());
    for (std::size_t i = 0; i < scene.areas.size(); ++i) size[i] = geo::area_of(scene.areas[i].shape);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return size[a] > size[b]; });
    for (const std::size_t i : order) {
        const auto& area = scene.areas[i];
        if (area.label.empty()) continue;
        const Point at = frame.to_page(geo::interior_point_of(area.shape));
        const auto extent = canvas.measure_text(area.label, style);
        const geo::Box bounds = geo::bounds_of(area.shape);
        if (extent.width > bounds.width() * frame.scale * 1.3) continue;  // a name wider than its area misleads
        const Rect box{at.x - extent.width / 2, at.y - extent.height / 2, extent.width, extent.height};
        if (std::any_of(taken.begin(), taken.end(), [&](const Rect& r) { return r.overlaps(box, 2); })) continue;
        taken.push_back(box);
        const std::vector<Point> backdrop{{box.x - 2, box.y}, {box.x + box.width + 2, box.y},
                                          {box.x + box.width + 2, box.y + box.height}, {box.x - 2, box.y + box.height}};
        canvas.fill_path(backdrop, Colour{1, 1, 1, 0.72});
        canvas.text({box.x, box.y}, area.label, style);
    }
}

}  // namespace

namespace map_detail {

MapFrame MapFrame::fit(const geo::Box& extent, double left, double top, double width, double height) {
    MapFrame frame{left, top, width, height, 1, {0, 0}};
    if (extent.empty()) return frame;
    const double w = std::max(extent.width(), 1.0), h = std::max(extent.height(), 1.0);
    frame.scale = std::min(width / w, height / h) * 0.96;
    frame.centre = {(extent.min_x + extent.max_x) / 2, (extent.min_y + extent.max_y) / 2};
    return frame;
}

std::vector<std::vector<Point>> MapFrame::rings_of(const geo::Shape& shape) const {
    std::vector<std::vector<Point>> rings;
    const auto add = [&](const geo::Ring& ring) {
        std::vector<Point> points;
        points.reserve(ring.size());
        for (const auto& p : ring) points.push_back(to_page(p));
        rings.push_back(std::move(points));
    };
    for (const auto& polygon : shape) {
        add(polygon.outer);
        for (const auto& hole : polygon.holes) add(hole);
    }
    return rings;
}

}  // namespace map_detail

void draw_map(Canvas& canvas, double width, double height, const MapScene& scene, const MapPictureOptions& options) {
    canvas.fill_path(std::vector<Point>{{0, 0}, {width, 0}, {width, height}, {0, height}}, Colour{1, 1, 1, 1});
    canvas.text({margin, margin - 6}, options.title, TextStyle{"DejaVu Sans", 16, map_ink, true});
    canvas.text({margin, margin + 18}, options.subtitle, TextStyle{"DejaVu Sans", 9.5, map_grey, false});

    geo::Box extent;
    for (const auto& area : scene.areas) extent.add(geo::bounds_of(area.shape));
    if (extent.empty())
        for (const auto& actor : scene.actors) extent.add(actor.at);
    const auto frame = MapFrame::fit(extent, margin, margin + title_height - 10, width - 2 * margin - legend_width - 30,
                                     height - 2 * margin - title_height - footer_height + 10);

    LegendContent legend;
    std::vector<double> values;
    for (const auto& area : scene.areas)
        if (area.value) values.push_back(*area.value);
    legend.classes = map_classes(values, options.max_classes, options.indicator_is_share);
    legend.palette = map_palette(legend.classes.upper_bounds.size());

    std::vector<Rect> taken;
    draw_areas(canvas, frame, scene, legend);
    draw_ties(canvas, frame, scene, legend);
    draw_actors(canvas, frame, scene, legend, taken);
    draw_area_labels(canvas, frame, scene, taken);
    draw_scale_bar(canvas, frame);
    draw_north_arrow(canvas, frame);
    draw_legend(canvas, width - margin - legend_width + 16, margin + title_height - 6, legend, options);
    canvas.text({margin, height - margin + 4}, options.source_line, TextStyle{"DejaVu Sans", 7, map_grey, false});
}

}  // namespace wijknet::render
