// SPDX-License-Identifier: MIT
#include "wijknet/render/network_picture.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "network_labels.hpp"
#include "parallel_ties.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet::render {
namespace {

constexpr double margin = 28;
constexpr double legend_width = 170;
constexpr double title_height = 46;
constexpr Colour soft = soft_ink;

/// The actors' names, each where it covers no other name and no symbol (network_labels.hpp), on
/// a pale field so lines do not cut through the letters. Returns how many found no place.
std::size_t draw_names(Canvas& canvas, const Network& network, std::span<const ActorIndex> actors,
                       const std::unordered_map<ActorIndex, Point>& at, double radius, const Rect& drawing,
                       const NetworkPictureOptions& options) {
    const TextStyle name_style{"DejaVu Sans", 6.0, ink, false};
    std::vector<std::string> names;
    std::vector<Point> centres;
    std::vector<TextExtent> sizes;
    for (const ActorIndex actor : actors) {
        names.push_back(options.name_of ? options.name_of(actor) : network.actor(actor).name);
        centres.push_back(at.at(actor));
        sizes.push_back(canvas.measure_text(names.back(), name_style));
    }
    const auto placed = place_network_labels(centres, radius, sizes, drawing);
    std::size_t left_out = 0;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        if (names[i].empty()) continue;
        if (!placed[i]) {
            ++left_out;
            continue;
        }
        draw_label_backdrop(canvas, *placed[i], 0.5);
        canvas.text({placed[i]->x, placed[i]->y}, names[i], name_style);
    }
    return left_out;
}

}  // namespace

void draw_network(Canvas& canvas, double width, double height, const Network& network,
                  std::span<const ActorIndex> actors, std::span<const TieIndex> ties, std::span<const Point> positions,
                  const NetworkPictureOptions& options) {
    const auto nl = options.language == Language::nl;
    double min_x = std::numeric_limits<double>::max(), min_y = min_x, max_x = -min_x, max_y = -min_x;
    for (const auto& p : positions) {
        min_x = std::min(min_x, p.x);
        max_x = std::max(max_x, p.x);
        min_y = std::min(min_y, p.y);
        max_y = std::max(max_y, p.y);
    }
    const double area_w = width - 2 * margin - legend_width - 40, area_h = height - 2 * margin - title_height - 20;
    const double span_x = std::max(max_x - min_x, 1.0), span_y = std::max(max_y - min_y, 1.0);
    const double scale = std::min(area_w / span_x, area_h / span_y);
    const auto place = [&](Point p) {
        return Point{margin + 20 + (area_w - span_x * scale) / 2 + (p.x - min_x) * scale,
                     margin + title_height + 10 + (area_h - span_y * scale) / 2 + (p.y - min_y) * scale};
    };
    std::unordered_map<ActorIndex, Point> at;
    for (std::size_t i = 0; i < actors.size(); ++i) at[actors[i]] = place(positions[i]);

    // Many ties: thinner and fainter, so structure shows rather than ink.
    const double fade = ties.size() > 500 ? 0.35 : ties.size() > 100 ? 0.6 : 0.9;
    const double thin = ties.size() > 500 ? 0.4 : 0.6;
    const double radius = actors.size() > 400 ? 2.5 : actors.size() > 100 ? 4.0 : 6.0;
    std::vector<LinePattern> patterns, conflict_patterns;
    bool arrows = false;
    const std::vector<double> bows = parallel_tie_bows(network, ties, 2 * radius + 2);
    for (std::size_t k = 0; k < ties.size(); ++k) {
        const TieIndex index = ties[k];
        const Tie& tie = network.tie(index);
        if (!at.contains(tie.source) || !at.contains(tie.target)) continue;
        TieLineStyle style = tie_line_style(tie);
        style.stroke.width *= thin;
        style.stroke.colour.alpha = fade;
        const std::vector<Point> line = bowed_line(at[tie.source], at[tie.target], bows[k]);
        draw_tie_along(canvas, line, style);
        // A tie read from a directed file (Pajek's arcs, a GraphML edge with a direction)
        // points from its source to its target, just short of the target's symbol.
        if (is_directed(network.tie_attributes(index))) {
            const Point before = line[line.size() - 2];
            draw_arrowhead(canvas, towards(line.back(), before, radius + 0.8), before, radius * 0.8 + 1, style.stroke.colour);
            arrows = true;
        }
        // A conflict has its own entries, in red: it shows no black line of its pattern.
        if (!style.conflict && std::find(patterns.begin(), patterns.end(), style.pattern) == patterns.end())
            patterns.push_back(style.pattern);
        if (style.conflict && std::find(conflict_patterns.begin(), conflict_patterns.end(), style.pattern) ==
                                  conflict_patterns.end())
            conflict_patterns.push_back(style.pattern);
    }

    std::vector<ContactCategory> used;
    for (const ActorIndex actor : actors) {
        const ContactCategory category = category_of(network.actor(actor));
        draw_symbol(canvas, symbol_style(category), at[actor], radius, 0.6);
        if (std::find(used.begin(), used.end(), category) == used.end()) used.push_back(category);
    }
    const Rect drawing{margin, margin + title_height, width - 2 * margin - legend_width, height - 2 * margin - title_height};
    const std::size_t names_left_out = options.names ? draw_names(canvas, network, actors, at, radius, drawing, options) : 0;

    canvas.text({margin, margin - 6}, options.title, {"DejaVu Sans", 16.0, ink, true});
    canvas.text({margin, margin + 16}, options.subtitle, {"DejaVu Sans", 9.5, soft, false});
    double y = margin + title_height;
    const double x = width - margin - legend_width + 10;
    const TextStyle heading{"DejaVu Sans", 9.0, ink, true}, entry{"DejaVu Sans", 8.0, ink, false};
    canvas.text({x, y}, nl ? "Legenda" : "Legend", heading);
    y += 18;
    std::sort(used.begin(), used.end());
    for (const auto category : used) {
        draw_symbol(canvas, symbol_style(category), {x + 6, y + 5}, 5, 0.6);
        canvas.text({x + 18, y}, std::string(label_of(category, options.language)), entry);
        y += 15;
    }
    y += 6;
    std::sort(patterns.begin(), patterns.end());
    const auto line_entry = [&](const Tie& sample, std::string_view text) {
        draw_tie_line(canvas, {x, y + 5}, {x + 26, y + 5}, tie_line_style(sample));
        canvas.text({x + 32, y}, std::string(text), entry);
        y += 15;
    };
    for (const auto pattern : patterns) line_entry(legend_sample(pattern, false), label_of(pattern, options.language));
    std::sort(conflict_patterns.begin(), conflict_patterns.end(), conflict_listed_before);
    for (const auto pattern : conflict_patterns)
        line_entry(legend_sample(pattern, true), conflict_label(pattern, options.language));
    if (arrows) {
        canvas.stroke_path(std::vector<Point>{{x, y + 5}, {x + 26, y + 5}}, {ink, 0.8, {}});
        draw_arrowhead(canvas, {x + 26, y + 5}, {x, y + 5}, 5, ink);
        canvas.text({x + 32, y}, nl ? "van bron naar doel" : "from source to target", entry);
        y += 15;
    }
    if (names_left_out > 0) {
        // Said once, so a reader does not take an unnamed symbol for someone without a name.
        y += 6;
        const bool one = names_left_out == 1;
        canvas.text({x, y}, std::to_string(names_left_out) + (nl ? (one ? " naam weggelaten:" : " namen weggelaten:") : (one ? " name left out:" : " names left out:")), entry);
        canvas.text({x, y + 12}, nl ? (one ? "die zou andere bedekken" : "ze zouden andere bedekken") : (one ? "it would cover others" : "they would cover others"), entry);
    }
}

}  // namespace wijknet::render
