// SPDX-License-Identifier: MIT
#include "wijknet/render/network_picture.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace wijknet::render {
namespace {

constexpr double margin = 28;
constexpr double legend_width = 170;
constexpr double title_height = 46;
constexpr Colour soft = soft_ink;

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
    for (const TieIndex index : ties) {
        const Tie& tie = network.tie(index);
        if (!at.contains(tie.source) || !at.contains(tie.target)) continue;
        TieLineStyle style = tie_line_style(tie);
        style.stroke.width *= thin;
        style.stroke.colour.alpha = fade;
        draw_tie_line(canvas, at[tie.source], at[tie.target], style);
        // A tie read from a directed file (Pajek's arcs, a GraphML edge with a direction)
        // points from its source to its target, just short of the target's symbol.
        if (const auto* directed = find_attribute(network.tie_attributes(index), "directed"); directed && *directed == "yes") {
            draw_arrowhead(canvas, towards(at[tie.target], at[tie.source], radius + 0.8), at[tie.source], radius * 0.8 + 1, style.stroke.colour);
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
    const TextStyle name_style{"DejaVu Sans", 6.0, ink, false};
    for (const ActorIndex actor : actors) {
        const ContactCategory category = category_of(network.actor(actor));
        draw_symbol(canvas, symbol_style(category), at[actor], radius, 0.6);
        if (std::find(used.begin(), used.end(), category) == used.end()) used.push_back(category);
        if (options.names) {
            const std::string name = options.name_of ? options.name_of(actor) : network.actor(actor).name;
            canvas.text({at[actor].x + radius + 1.5, at[actor].y - 4}, name, name_style);
        }
    }

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
    }
}

}  // namespace wijknet::render
