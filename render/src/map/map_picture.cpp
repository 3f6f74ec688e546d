// SPDX-License-Identifier: MIT
#include "wijknet/render/map_picture.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
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
}

/// \brief Long ties between two cells of a coarse grid, drawn as one line between the means of
/// their ends.
struct Bundle {
    std::size_t ties = 0;
    Point from_sum, to_sum;
};

constexpr std::size_t smallest_bundle = 8;

/// Bundles of at least smallest_bundle ties, in four widths by the number of ties; fewer are
/// noise at this scale and are left out (the legend says so).
void draw_bundles(Canvas& canvas, const std::map<std::pair<std::uint64_t, std::uint64_t>, Bundle>& bundles,
                  LegendContent& legend) {
    std::map<std::size_t, std::vector<Point>> by_width;
    for (const auto& [cells, bundle] : bundles) {
        if (bundle.ties < smallest_bundle) continue;
        const double n = static_cast<double>(bundle.ties);
        const std::size_t width = bundle.ties >= 128 ? 3 : bundle.ties >= 64 ? 2 : bundle.ties >= 24 ? 1 : 0;
        auto& points = by_width[width];
        points.push_back({bundle.from_sum.x / n, bundle.from_sum.y / n});
        points.push_back({bundle.to_sum.x / n, bundle.to_sum.y / n});
    }
    for (const auto& [width, points] : by_width)
        canvas.stroke_segments(points, StrokeStyle{Colour{0.2, 0.2, 0.2, 0.22}, 0.8 + 1.1 * static_cast<double>(width), {}});
    legend.bundled = !by_width.empty();
}

void draw_ties(Canvas& canvas, const MapFrame& frame, const MapScene& scene, LegendContent& legend) {
    // Batched by style; a segment whose two ends fall on the same spots as one already drawn
    // adds nothing, and one shorter than half a point does not show.
    constexpr double cell = 0.5;
    struct Segment {
        std::uint64_t from_block, to_block;  // coarse blocks of the ends, for ordering
        Point from, to;
    };
    std::map<std::pair<MapTieClass, bool>, std::vector<Segment>> batches;
    std::unordered_set<std::uint64_t> drawn;
    std::size_t segments = 0;
    for (const auto& tie : scene.ties) {
        const bool weak = tie.weak && tie.kind != MapTieClass::conflict;  // conflict shows as conflict, weak or not
        Point a = frame.to_page(tie.from), b = frame.to_page(tie.to);
        if (std::hypot(a.x - b.x, a.y - b.y) < cell) continue;
        std::uint64_t ka = spot_key(a, cell), kb = spot_key(b, cell);
        if (ka > kb) {
            std::swap(ka, kb);
            std::swap(a, b);
        }
        const std::uint64_t key = (ka * 0x9E3779B97F4A7C15ull) ^ kb ^ (static_cast<std::uint64_t>(tie.kind) << 2 | weak);
        if (!drawn.insert(key).second) continue;
        batches[{tie.kind, weak}].push_back({spot_key(a, 24), spot_key(b, 24), a, b});
        ++segments;
    }
    // A dense network's long ties are a haze that costs most of the drawing: beyond
    // bundle_above segments, ties longer than a twentieth of the map are bundled by the cells of
    // a 10 x 10 grid their ends lie in, one line per pair of cells, thicker for more ties.
    constexpr std::size_t bundle_above = 20000;
    std::map<std::pair<std::uint64_t, std::uint64_t>, Bundle> bundles;
    if (segments > bundle_above) {
        const double long_tie = frame.width / 20, block = frame.width / 10;
        for (auto& [style, batch] : batches) {
            std::erase_if(batch, [&](const Segment& s) {
                if (std::hypot(s.from.x - s.to.x, s.from.y - s.to.y) < long_tie) return false;
                Point from = s.from, to = s.to;
                std::uint64_t a = spot_key(from, block), b = spot_key(to, block);
                if (a > b) {
                    std::swap(a, b);
                    std::swap(from, to);
                }
                Bundle& bundle = bundles[{a, b}];
                ++bundle.ties;
                bundle.from_sum = {bundle.from_sum.x + from.x, bundle.from_sum.y + from.y};
                bundle.to_sum = {bundle.to_sum.x + to.x, bundle.to_sum.y + to.y};
                return true;
            });
        }
    }
    draw_bundles(canvas, bundles, legend);
    // Many lines fade, so the areas beneath still read.
    const double alpha = std::clamp(0.85 * std::sqrt(120.0 / std::max<double>(1, static_cast<double>(segments))), 0.05, 0.85);
    for (auto& [style, batch] : batches) {
        if (batch.empty()) continue;  // all bundled: the legend lists only what is drawn
        // Segments between the same neighbourhoods go together: a canvas that strokes a batch in
        // parts then composites small, nearly parallel bundles instead of page-wide tangles.
        std::sort(batch.begin(), batch.end(), [](const Segment& x, const Segment& y) {
            return std::tie(x.from_block, x.to_block) < std::tie(y.from_block, y.to_block);
        });
        std::vector<Point> points;
        points.reserve(2 * batch.size());
        for (const auto& segment : batch) points.insert(points.end(), {segment.from, segment.to});
        canvas.stroke_segments(points, map_tie_stroke(style.first, style.second, style.first == MapTieClass::conflict ? std::max(alpha, 0.6) : alpha));
        if (std::find(legend.tie_styles.begin(), legend.tie_styles.end(), style) == legend.tie_styles.end())
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
    // Places stand out on a town's map; with hundreds of them (one per buurt of a city) they
    // would cover the areas, so they shrink to the size of the other symbols.
    const auto places = std::count_if(scene.actors.begin(), scene.actors.end(),
                                      [](const MapActor& a) { return a.category == ContactCategory::place; });
    const double place_radius = places > 50 ? 3.0 : 5.5;
    // Names are for maps one can read them on: past a hundred they only hide the map.
    const auto labelled = std::count_if(scene.actors.begin(), scene.actors.end(), [](const MapActor& a) { return !a.label.empty(); });
    const bool show_labels = labelled <= 100;
    std::unordered_set<std::uint64_t> drawn;
    struct Pending {
        Point at;
        double radius;
        const std::string* label;
    };
    std::vector<Pending> names;
    for (const bool residents_pass : {true, false}) {
        for (const auto& actor : scene.actors) {
            const bool resident = actor.category == ContactCategory::resident;
            if (resident != residents_pass) continue;
            const double radius = resident ? resident_radius : actor.category == ContactCategory::place ? place_radius : 3.5;
            const Point at = frame.to_page(actor.at);
            const std::uint64_t key = spot_key(at, 1.0) * 31 + static_cast<std::uint64_t>(actor.category);
            if (!drawn.insert(key).second && actor.label.empty()) continue;
            draw_symbol(canvas, symbol_style(actor.category), at, radius, resident ? 0.25 : 0.6);
            if (std::find(legend.categories.begin(), legend.categories.end(), actor.category) == legend.categories.end())
                legend.categories.push_back(actor.category);
            // Names and area labels keep off the symbols that matter; resident dots are a texture.
            if (!resident) taken.push_back({at.x - radius, at.y - radius, 2 * radius, 2 * radius});
            if (!actor.label.empty() && show_labels) names.push_back({at, radius, &actor.label});
        }
    }
    // Names after every symbol, so no symbol is drawn over a name: right of the symbol, else
    // left, above or below; left out when all four are taken.
    const TextStyle name{"DejaVu Sans", 6.5, ink, false};
    for (const auto& [at, radius, label] : names) {
        const auto extent = canvas.measure_text(*label, name);
        const double w = extent.width, h = extent.height;
        const Rect candidates[] = {{at.x + radius + 2, at.y - h / 2, w, h},
                                   {at.x - radius - 2 - w, at.y - h / 2, w, h},
                                   {at.x - w / 2, at.y - radius - 1 - h, w, h},
                                   {at.x - w / 2, at.y + radius + 1, w, h}};
        for (const Rect& box : candidates) {
            if (std::any_of(taken.begin(), taken.end(), [&](const Rect& r) { return r.overlaps(box, 1); })) continue;
            taken.push_back(box);
            draw_label_backdrop(canvas, box);
            canvas.text({box.x, box.y}, *label, name);
            break;
        }
    }
}

/// Area names at their interior points, largest areas first; a name that would overlap one
/// already placed, or not fit its area, is left out.
void draw_area_labels(Canvas& canvas, const MapFrame& frame, const MapScene& scene, std::vector<Rect>& taken) {
    const TextStyle style{"DejaVu Sans", 7.5, ink, false};
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
        draw_label_backdrop(canvas, box, 2);
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
    canvas.text({margin, margin - 6}, options.title, TextStyle{"DejaVu Sans", 16, ink, true});
    canvas.text({margin, margin + 18}, options.subtitle, TextStyle{"DejaVu Sans", 9.5, soft_ink, false});

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
    canvas.text({margin, height - margin + 4}, options.source_line, TextStyle{"DejaVu Sans", 7, soft_ink, false});
}

}  // namespace wijknet::render
