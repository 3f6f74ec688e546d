// SPDX-License-Identifier: MIT
// The map's furniture: legend, scale bar and north arrow.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "map_frame.hpp"

namespace wijknet::render::map_detail {
namespace {

const TextStyle heading{"DejaVu Sans", 10, ink, true};
const TextStyle entry{"DejaVu Sans", 8, ink, false};
constexpr double swatch = 12;
constexpr double row = 16;

std::string_view tie_label(MapTieClass kind, bool weak, Language language) {
    const bool nl = language == Language::nl;
    if (kind == MapTieClass::conflict) return nl ? "conflict" : "conflict";
    if (kind == MapTieClass::formal) return weak ? (nl ? "formele relatie, zwak" : "formal tie, weak") : (nl ? "formele relatie" : "formal tie");
    return weak ? (nl ? "informele relatie, zwak" : "informal tie, weak") : (nl ? "informele relatie" : "informal tie");
}

std::vector<Point> square(double x, double y) { return {{x, y}, {x + swatch, y}, {x + swatch, y + swatch}, {x, y + swatch}}; }

}  // namespace

StrokeStyle map_tie_stroke(MapTieClass kind, bool weak, double alpha) {
    Colour colour = kind == MapTieClass::conflict ? Colour{0.784, 0.118, 0.118, 1}
                    : kind == MapTieClass::formal ? Colour{0.0, 0.447, 0.698, 1}  // Okabe-Ito blue
                                                  : ink;
    colour.alpha = alpha;
    StrokeStyle style{colour, weak ? 0.5 : 0.8, {}};
    if (weak) style.dashes = {2.5, 1.5};
    return style;
}

std::string format_class_value(double value, bool share) {
    char text[32];
    if (share) std::snprintf(text, sizeof text, "%.0f%%", value * 100 + 0.0);  // never "-0%"
    else if (value >= 100 || std::abs(value - std::round(value)) < 1e-9) std::snprintf(text, sizeof text, "%.0f", value);
    else std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

void hatch(Canvas& canvas, const std::vector<std::vector<Point>>& rings, const Colour& background) {
    canvas.fill_rings(rings, background);
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const auto& ring : rings)
        for (const auto& p : ring) {
            x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
        }
    if (x1 < x0) return;
    std::vector<Point> lines;
    constexpr double spacing = 3.5;
    for (double d = x0 - (y1 - y0); d < x1; d += spacing) lines.insert(lines.end(), {{d, y1}, {d + (y1 - y0), y0}});
    canvas.begin_clip(rings);
    canvas.stroke_segments(lines, StrokeStyle{map_grey, 0.6, {}});
    canvas.end_clip();
}

void draw_legend(Canvas& canvas, double left, double top, const LegendContent& legend, const MapPictureOptions& options) {
    const bool nl = options.language == Language::nl;
    double y = top;
    canvas.text({left, y}, nl ? "Legenda" : "Legend", heading);
    y += 20;
    // The indicator's name, wrapped at word boundaries to the legend's width.
    const TextStyle label_style{"DejaVu Sans", 8.5, ink, true};
    std::string line;
    const auto flush = [&] {
        if (line.empty()) return;
        canvas.text({left, y}, line, label_style);
        y += 13;
        line.clear();
    };
    std::istringstream words(options.indicator_label);
    for (std::string word; words >> word;) {
        const std::string longer = line.empty() ? word : line + " " + word;
        if (!line.empty() && canvas.measure_text(longer, label_style).width > legend_width - 20) flush();
        line = line.empty() ? word : line + " " + word;
    }
    flush();
    y += 3;
    const StrokeStyle outline{map_grey, 0.5, {}};
    double lower = 0;
    for (std::size_t k = 0; k < legend.classes.upper_bounds.size(); ++k) {
        const auto box = square(left, y);
        canvas.fill_path(box, legend.palette[k]);
        canvas.stroke_path(box, outline, true);
        const double upper = legend.classes.upper_bounds[k];
        const std::string range = k == 0 ? (nl ? "t/m " : "up to ") + format_class_value(upper, options.indicator_is_share)
                                         : format_class_value(lower, options.indicator_is_share) + (nl ? " tot " : " to ") +
                                               format_class_value(upper, options.indicator_is_share);
        canvas.text({left + swatch + 6, y}, range, entry);
        lower = upper;
        y += row;
    }
    if (legend.any_suppressed) {
        const auto box = square(left, y);
        hatch(canvas, {box}, suppressed_fill);
        canvas.stroke_path(box, outline, true);
        canvas.text({left + swatch + 6, y},
                    (nl ? "onderdrukt: minder dan " : "suppressed: fewer than ") + std::to_string(options.min_cell) +
                        (nl ? " personen" : " people"),
                    entry);
        y += row;
    }
    if (legend.any_no_data) {
        const auto box = square(left, y);
        canvas.fill_path(box, no_data_fill);
        canvas.stroke_path(box, outline, true);
        canvas.text({left + swatch + 6, y}, nl ? "geen gegevens" : "no data", entry);
        y += row;
    }
    if (!legend.categories.empty()) y += 6;
    for (const auto category : legend.categories) {
        draw_symbol(canvas, symbol_style(category), {left + swatch / 2, y + swatch / 2}, 4.5, 0.6);
        canvas.text({left + swatch + 6, y}, label_of(category, options.language), entry);
        y += row;
    }
    if (!legend.tie_styles.empty()) y += 6;
    for (const auto& [kind, weak] : legend.tie_styles) {
        const Point sample[] = {{left, y + swatch / 2}, {left + swatch + 2, y + swatch / 2}};
        StrokeStyle stroke = map_tie_stroke(kind, weak, 1.0);
        stroke.width *= 1.5;
        canvas.stroke_path(sample, stroke);
        canvas.text({left + swatch + 6, y}, tie_label(kind, weak, options.language), entry);
        y += row;
    }
    if (legend.bundled) {
        for (const double width : {0.8, 4.1}) {
            const Point sample[] = {{left, y + swatch / 2}, {left + swatch + 2, y + swatch / 2}};
            canvas.stroke_path(sample, StrokeStyle{Colour{0.2, 0.2, 0.2, 0.5}, width, {}});
            canvas.text({left + swatch + 6, y},
                        width < 2 ? (nl ? "lange relaties gebundeld (8 of meer)" : "long ties bundled (8 or more)")
                                  : (nl ? "dikker: meer relaties" : "thicker: more ties"),
                        entry);
            y += row;
        }
    }
}

void draw_scale_bar(Canvas& canvas, const MapFrame& frame) {
    // The longest round length that takes at most a fifth of the map's width.
    const double most = frame.width / 5 / frame.scale;
    double length = 1;
    for (double magnitude = 1; magnitude < 1e7; magnitude *= 10)
        for (const double step : {1.0, 2.0, 2.5, 5.0})
            if (step * magnitude <= most) length = step * magnitude;
    const double points = length * frame.scale;
    const double x = frame.left + 8, y = frame.top + frame.height - 18;
    for (int part = 0; part < 4; ++part) {
        const std::vector<Point> box{{x + part * points / 4, y}, {x + (part + 1) * points / 4, y},
                                     {x + (part + 1) * points / 4, y + 4}, {x + part * points / 4, y + 4}};
        canvas.fill_path(box, part % 2 ? Colour{1, 1, 1, 1} : ink);
        canvas.stroke_path(box, StrokeStyle{ink, 0.5, {}}, true);
    }
    const std::string label = length >= 1000 ? format_class_value(length / 1000, false) + " km"
                                             : format_class_value(length, false) + " m";
    const TextStyle small{"DejaVu Sans", 7, ink, false};
    canvas.text({x, y + 6}, "0", small);
    const auto extent = canvas.measure_text(label, small);
    canvas.text({x + points - extent.width / 2, y + 6}, label, small);
}

void draw_north_arrow(Canvas& canvas, const MapFrame& frame) {
    // RD New's grid north is true north to within two degrees over the Netherlands.
    const double x = frame.left + frame.width + 14, y = frame.top + 4;  // in the margin kept for it
    const std::vector<Point> left_half{{x, y}, {x - 6, y + 20}, {x, y + 15}};
    const std::vector<Point> right_half{{x, y}, {x + 6, y + 20}, {x, y + 15}};
    canvas.fill_path(left_half, ink);
    canvas.fill_path(right_half, Colour{1, 1, 1, 1});
    canvas.stroke_path(right_half, StrokeStyle{ink, 0.6, {}}, true);
    const TextStyle letter{"DejaVu Sans", 9, ink, true};
    const auto extent = canvas.measure_text("N", letter);
    canvas.text({x - extent.width / 2, y + 21}, "N", letter);
}

}  // namespace wijknet::render::map_detail
