// SPDX-License-Identifier: MIT
#include "wijknet/render/ecomap_picture.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "wijknet/analysis/coordination.hpp"

namespace wijknet::render {
namespace {

constexpr double margin = 28;
constexpr double legend_width = 200;
constexpr double title_height = 52;
constexpr Colour soft = soft_ink;
constexpr Colour ring_colour{0.86, 0.86, 0.86, 1};
constexpr Colour white{1, 1, 1, 1};
constexpr Colour gained_colour{0.0, 0.45, 0.70, 1};  // Okabe-Ito blue

/// A tie that ended: faint, thin and dotted, so the picture still shows where it was.
TieLineStyle lost_style(TieLineStyle style) {
    style.stroke.colour = {0.6, 0.6, 0.6, 0.8};
    style.stroke.width = 1.0;
    style.stroke.dashes = {1.5, 2.5};
    style.pattern = LinePattern::dashed;
    style.conflict = false;
    return style;
}

/// The client's ties to one contact, merged into what one line shows.
struct ContactLine {
    const Tie* style_tie = nullptr;  // the tie whose strength and valence the line takes
    bool gained = false;             // every tie to this contact is new
    bool lost = false;               // every tie to this contact is gone
    SupportTypes support;
    bool to_ego = false;
    bool from_ego = false;
    ContactCategory category = ContactCategory::other;
};

int line_rank(const Tie& tie) {
    // Conflict and stress must show even when a strong tie runs alongside.
    if (tie.valence == Valence::conflict) return 10;
    if (tie.valence == Valence::stressful) return 9;
    return static_cast<int>(tie.strength.value_or(Strength::normal));
}

std::map<ActorIndex, ContactLine> contact_lines(const Network& network, const EgoNetwork& view,
                                                const EcomapPictureOptions& options) {
    const auto contains = [](const std::vector<TieIndex>& list, TieIndex t) {
        return std::find(list.begin(), list.end(), t) != list.end();
    };
    std::map<ActorIndex, ContactLine> lines;
    for (const TieIndex index : view.ties) {
        const Tie& tie = network.tie(index);
        if (tie.source != view.ego && tie.target != view.ego) continue;
        const ActorIndex contact = tie.other(view.ego);
        const bool fresh = !lines.contains(contact);
        ContactLine& line = lines[contact];
        const bool gained = contains(options.gained, index), lost = contains(options.lost, index);
        line.gained = fresh ? gained : line.gained && gained;
        line.lost = fresh ? lost : line.lost && lost;
        if (!line.style_tie || line_rank(tie) > line_rank(*line.style_tie)) {
            line.style_tie = &tie;
            line.category = category_of(network.actor(contact), tie);
        }
        for (const auto& term : vocabulary<SupportType>())
            if (tie.support.has(term.value)) line.support.add(term.value);
        const Flow flow = flow_seen_from(tie, view.ego);
        line.to_ego = line.to_ego || flow == Flow::to_ego || flow == Flow::both;
        line.from_ego = line.from_ego || flow == Flow::from_ego || flow == Flow::both;
    }
    return lines;
}

void draw_line(Canvas& canvas, Point from, Point to, const TieLineStyle& style, bool doubled) {
    if (!doubled) {
        draw_tie_line(canvas, from, to, style);
        return;
    }
    // A double line: two thinner strokes either side of the centre line.
    const double dx = to.x - from.x, dy = to.y - from.y;
    const double length = std::max(std::hypot(dx, dy), 1e-9);
    const double offset = style.stroke.width * 0.9 + 0.8;
    const double nx = -dy / length * offset, ny = dx / length * offset;
    TieLineStyle thin = style;
    thin.stroke.width = std::max(0.8, style.stroke.width * 0.6);
    for (const double side : {1.0, -1.0}) {
        draw_tie_line(canvas, {from.x + nx * side, from.y + ny * side}, {to.x + nx * side, to.y + ny * side}, thin);
    }
}

struct Page {
    double scale;
    double offset_x;
    double offset_y;
    Point map(Point p) const { return {offset_x + p.x * scale, offset_y + p.y * scale}; }
};

/// Draws a name in its box from the layout, on a pale backdrop, at the layout's `style` scaled to
/// the page, and a little smaller where it would not fit the box: on a raster a font rounds its
/// letters' advances to whole pixels, so text at a smaller size is not always as much narrower.
void draw_name(Canvas& canvas, const Page& page, const Rect& box, const std::string& text, TextStyle style) {
    const Point at = page.map({box.x, box.y});
    const double width = box.width * page.scale;
    draw_label_backdrop(canvas, {at.x, at.y, width, box.height * page.scale});
    style.size *= page.scale;
    for (int tries = 0; tries < 12; ++tries) {
        const double drawn = canvas.measure_text(text, style).width;
        if (drawn <= width || drawn <= 0) break;
        style.size *= std::min(width / drawn, 0.97);
    }
    canvas.text(at, text, style);
}

std::string_view text_for(Language language, std::string_view nl, std::string_view en) {
    return language == Language::nl ? nl : en;
}

}  // namespace

EcomapDrawing draw_ecomap(Canvas& canvas, double width, double height, const Network& network, const EgoNetwork& view,
                         const EcomapPictureOptions& options) {
    const auto name = [&](ActorIndex actor) { return options.name_of ? options.name_of(actor) : network.actor(actor).name; };
    // A professional's label says where they work: the client's five professionals from five
    // organisations should read as such.
    const auto label_text = [&](ActorIndex actor) {
        std::string text = name(actor);
        if (network.actor(actor).kind != ActorKind::professional) return text;
        const auto organisation = network.find_actor(organisation_of(network, actor));
        if (organisation) text += "\n" + network.actor(*organisation).name;  // a second line keeps labels short
        return text;
    };
    const TextStyle label_style{"DejaVu Sans", 8.0, ink, false};

    EcomapLayoutOptions layout_options;
    layout_options.scheme = options.scheme;
    layout_options.measure_label = [&](std::string_view text) { return canvas.measure_text(text, label_style); };
    layout_options.label_of = label_text;
    const TextStyle sector_style{"DejaVu Sans", 9.0, soft, true};
    layout_options.measure_sector_label = [&](std::string_view text) { return canvas.measure_text(text, sector_style); };
    const EcomapLayout layout = layout_ecomap(network, view, layout_options);

    // Fit the layout into the space left of the legend and under the title.
    const double area_w = width - 2 * margin - legend_width, area_h = height - 2 * margin - title_height;
    const double scale = std::min({1.6, area_w / std::max(layout.bounds.width, 1.0), area_h / std::max(layout.bounds.height, 1.0)});
    const Page page{scale, margin + (area_w - layout.bounds.width * scale) / 2 - layout.bounds.x * scale,
                    margin + title_height + (area_h - layout.bounds.height * scale) / 2 - layout.bounds.y * scale};
    const Point centre = page.map(layout.centre);
    EcomapDrawing drawing;
    EcomapPlacement& placed = drawing.placement;
    placed.centre = centre;
    placed.ego_radius = layout.ego_radius * scale;
    placed.ego_label = {page.map({layout.ego_label.x, layout.ego_label.y}).x, page.map({layout.ego_label.x, layout.ego_label.y}).y,
                        layout.ego_label.width * scale, layout.ego_label.height * scale};
    for (std::size_t ring = 0; ring < 3; ++ring) placed.ring_radius[ring] = layout.ring_radius[ring] * scale;
    for (const auto& sector : layout.sectors) placed.sectors.push_back({sector.definition, sector.start_angle, sector.end_angle});
    for (const auto& contact : layout.contacts) {
        const Point label = page.map({contact.label.x, contact.label.y});
        placed.contacts.push_back({contact.actor, page.map(contact.centre), contact.symbol_radius * scale,
                                   {label.x, label.y, contact.label.width * scale, contact.label.height * scale},
                                   contact.ring, contact.sector});
    }

    // Rings and sectors.
    const StrokeStyle ring_stroke{ring_colour, 1.0, {}};
    for (const double radius : layout.ring_radius) canvas.circle(centre, radius * scale, nullptr, &ring_stroke);
    const double outer = layout.ring_radius[2] * scale;
    for (const auto& sector : layout.sectors) {
        // One sector (every contact's domain unknown) has no neighbour to be told apart from.
        if (layout.sectors.size() > 1) {
            const std::vector<Point> divider{towards(centre, {centre.x + std::cos(sector.start_angle), centre.y + std::sin(sector.start_angle)}, layout.ego_radius * scale * 1.6),
                                         {centre.x + outer * sector_divider_reach * std::cos(sector.start_angle), centre.y + outer * sector_divider_reach * std::sin(sector.start_angle)}};
            canvas.stroke_path(divider, {ring_colour, 1.0, {2.0, 2.0}});
        }
        const auto& definition = sector_definition(options.scheme, sector.definition);
        const std::string label = options.language == Language::nl ? definition.label_nl : definition.label_en;
        TextStyle scaled_sector = sector_style;
        scaled_sector.size *= std::min(scale, 1.0);
        const auto extent = canvas.measure_text(label, scaled_sector);
        const Point anchor = page.map(sector.label_anchor);
        canvas.text({anchor.x - extent.width / 2, anchor.y - extent.height / 2}, label, scaled_sector);
    }

    EcomapLegend& legend = drawing.legend;
    // Ties between contacts first, so the client's own ties lie on top.
    std::map<ActorIndex, Point> position;
    std::map<ActorIndex, double> symbol_radius;
    for (const auto& contact : layout.contacts) {
        position[contact.actor] = page.map(contact.centre);
        symbol_radius[contact.actor] = contact.symbol_radius * scale;
    }
    position[view.ego] = centre;
    symbol_radius[view.ego] = layout.ego_radius * scale;
    if (options.contact_ties) {
        const StrokeStyle faint{{0.6, 0.6, 0.6, 0.55}, 0.6, {}};
        for (const TieIndex index : view.ties) {
            const Tie& tie = network.tie(index);
            if (tie.source == view.ego || tie.target == view.ego) continue;
            if (!position.contains(tie.source) || !position.contains(tie.target)) continue;
            const std::vector<Point> line{position[tie.source], position[tie.target]};
            canvas.stroke_path(line, faint);
            placed.lines.push_back({tie.source, tie.target, line[0], line[1]});
            legend.contact_ties = true;
        }
    }

    // Room already taken by names and symbols, so support marks can be placed clear of them.
    std::vector<Rect> taken;
    for (const auto& contact : layout.contacts) {
        const Point c = page.map(contact.centre);
        const double r = contact.symbol_radius * scale;
        taken.push_back({c.x - r, c.y - r, 2 * r, 2 * r});
        const Point l = page.map({contact.label.x, contact.label.y});
        taken.push_back({l.x, l.y, contact.label.width * scale, contact.label.height * scale});
    }
    {
        const Point l = page.map({layout.ego_label.x, layout.ego_label.y});
        taken.push_back({l.x, l.y, layout.ego_label.width * scale, layout.ego_label.height * scale});
        const double r = layout.ego_radius * scale;
        taken.push_back({centre.x - r, centre.y - r, 2 * r, 2 * r});
    }

    // The client's ties: from the edge of one symbol to the edge of the other.
    const auto lines = contact_lines(network, view, options);
    for (const auto& [contact, line] : lines) {
        if (!position.contains(contact)) continue;
        const Point to = position[contact];
        const Point start = towards(centre, to, symbol_radius[view.ego] + 1);
        const Point end = towards(to, centre, symbol_radius[contact] + 1.5);
        TieLineStyle style = tie_line_style(*line.style_tie);
        if (line.lost) style = lost_style(style);
        if (line.gained) style.stroke.colour = gained_colour;
        const bool doubled = line.support.count() >= 2;
        draw_line(canvas, start, end, style, doubled);
        placed.lines.push_back({view.ego, contact, start, end});
        if (line.gained || line.lost) {
            // A + or a cross near the contact says what changed, also in greyscale.
            const Point at = towards(end, start, 14);
            const TextStyle sign{"DejaVu Sans", 10.0, line.gained ? gained_colour : soft, true};
            const std::string text = line.gained ? "+" : "\u00D7";
            const auto extent = canvas.measure_text(text, sign);
            canvas.text({at.x - extent.width / 2, at.y - extent.height / 2}, text, sign);
            (line.gained ? legend.gained : legend.lost) += 1;
        }
        // A conflict has its own entries, in red: it shows no black line of its pattern.
        if (!line.lost && !style.conflict &&
            std::find(legend.patterns.begin(), legend.patterns.end(), style.pattern) == legend.patterns.end())
            legend.patterns.push_back(style.pattern);
        legend.conflict = legend.conflict || style.conflict;
        if (style.conflict && std::find(legend.conflict_patterns.begin(), legend.conflict_patterns.end(), style.pattern) ==
                                  legend.conflict_patterns.end())
            legend.conflict_patterns.push_back(style.pattern);
        const bool strong = line.style_tie->strength == Strength::strong && !line.lost;
        legend.thick_lines = legend.thick_lines || (strong && !doubled);
        legend.thick_double_lines = legend.thick_double_lines || (strong && doubled);
        legend.double_lines = legend.double_lines || doubled;
        const double head = 4.0 + style.stroke.width;
        if (line.to_ego) draw_arrowhead(canvas, start, end, head, style.stroke.colour);
        if (line.from_ego) draw_arrowhead(canvas, end, start, head, style.stroke.colour);
        legend.arrows = legend.arrows || line.to_ego || line.from_ego;
        if (!line.support.empty()) {
            const std::string letters = line.support.letters();
            const TextStyle mark_style{"DejaVu Sans", 6.5, ink, true};
            const auto extent = canvas.measure_text(letters, mark_style);
            // Along the line, the first spot where the mark covers no name, symbol or other mark.
            Rect spot{};
            for (const double along : {0.62, 0.5, 0.72, 0.4, 0.8, 0.3, 0.86}) {
                const Point p{start.x + (end.x - start.x) * along, start.y + (end.y - start.y) * along};
                spot = {p.x - extent.width / 2 - 1.5, p.y - extent.height / 2, extent.width + 3, extent.height};
                if (std::none_of(taken.begin(), taken.end(), [&](const Rect& t) { return t.overlaps(spot, 0.5); })) break;
            }
            taken.push_back(spot);
            const std::vector<Point> box{{spot.x, spot.y}, {spot.x + spot.width, spot.y},
                                         {spot.x + spot.width, spot.y + spot.height}, {spot.x, spot.y + spot.height}};
            canvas.fill_path(box, white);
            canvas.text({spot.x + 1.5, spot.y}, letters, mark_style);
            legend.support_marks = true;
        }
    }

    // Symbols and names on top of every line.
    for (const auto& contact : layout.contacts) {
        const auto found = lines.find(contact.actor);
        const ContactCategory category = found != lines.end() ? found->second.category : ContactCategory::other;
        draw_symbol(canvas, symbol_style(category), position[contact.actor], symbol_radius[contact.actor]);
        if (std::find(legend.categories.begin(), legend.categories.end(), category) == legend.categories.end())
            legend.categories.push_back(category);
        draw_name(canvas, page, contact.label, contact.label_text, label_style);
    }
    const Colour ego_fill{0.25, 0.25, 0.25, 1};
    canvas.circle(centre, symbol_radius[view.ego], &ego_fill, nullptr);
    draw_name(canvas, page, layout.ego_label, name(view.ego), label_style);

    // Title.
    const std::string title = std::string(text_for(options.language, "Ecogram van ", "Ecomap of ")) + name(view.ego);
    canvas.text({margin, margin - 6}, title, {"DejaVu Sans", 16.0, ink, true});
    const auto& scheme_name = [&] {
        switch (options.scheme) {
            case SectorScheme::pantucek: return std::string("Pantuček");
            case SectorScheme::lensink: return std::string(text_for(options.language, "netwerkcirkel (Lensink)", "network circle (Lensink)"));
            default: return std::string("wijknet");
        }
    }();
    // Without a date (a caller that gave none) the line starts at the count, not at a separator.
    const std::string subtitle = (options.date_text.empty() ? "" : options.date_text + "  ·  ") +
                                 std::to_string(layout.contacts.size()) +
                                 std::string(text_for(options.language, " contacten", " contacts")) + "  ·  " +
                                 std::string(text_for(options.language, "sectoren: ", "sectors: ")) + scheme_name;
    canvas.text({margin, margin + 16}, subtitle, {"DejaVu Sans", 9.5, soft, false});

    // Legend: only what this picture uses.
    double y = margin + title_height;
    const double x = width - margin - legend_width + 14;
    const TextStyle heading{"DejaVu Sans", 9.0, ink, true};
    const TextStyle entry{"DejaVu Sans", 8.0, ink, false};
    canvas.text({x, y}, std::string(text_for(options.language, "Legenda", "Legend")), heading);
    y += 18;
    std::sort(legend.categories.begin(), legend.categories.end());
    for (const auto category : legend.categories) {
        draw_symbol(canvas, symbol_style(category), {x + 6, y + 5}, 5);
        canvas.text({x + 18, y}, std::string(label_of(category, options.language)), entry);
        y += 15;
    }
    y += 6;
    std::sort(legend.patterns.begin(), legend.patterns.end());
    const auto line_entry = [&](const TieLineStyle& style, bool doubled, std::string_view text) {
        draw_line(canvas, {x, y + 5}, {x + 26, y + 5}, style, doubled);
        canvas.text({x + 32, y}, std::string(text), entry);
        y += 15;
    };
    for (const auto pattern : legend.patterns)
        line_entry(tie_line_style(legend_sample(pattern, false)), false, label_of(pattern, options.language));
    std::sort(legend.conflict_patterns.begin(), legend.conflict_patterns.end(), conflict_listed_before);
    for (const auto pattern : legend.conflict_patterns)
        line_entry(tie_line_style(legend_sample(pattern, true)), false, conflict_label(pattern, options.language));
    if (legend.thick_lines || legend.thick_double_lines) {
        // As the picture draws a strong tie: one thick line, or a heavier double one if that is all.
        Tie strong;
        strong.strength = Strength::strong;
        line_entry(tie_line_style(strong), !legend.thick_lines,
                   text_for(options.language, "dik = sterk contact", "thick = strong tie"));
    }
    if (legend.double_lines) {
        Tie sample;
        line_entry(tie_line_style(sample), true, text_for(options.language, "meerdere soorten steun", "several kinds of support"));
    }
    if (legend.arrows) {
        const std::vector<Point> shaft{{x, y + 5}, {x + 26, y + 5}};
        canvas.stroke_path(shaft, {ink, 1.2, {}});
        draw_arrowhead(canvas, {x + 26, y + 5}, {x, y + 5}, 5, ink);
        canvas.text({x + 32, y}, std::string(text_for(options.language, "steun gaat in pijlrichting", "support flows this way")), entry);
        y += 15;
    }
    if (legend.contact_ties) {
        const std::vector<Point> faint{{x, y + 5}, {x + 26, y + 5}};
        canvas.stroke_path(faint, {{0.6, 0.6, 0.6, 0.55}, 0.6, {}});
        canvas.text({x + 32, y}, std::string(text_for(options.language, "contacten kennen elkaar", "contacts know each other")), entry);
        y += 15;
    }
    if (legend.gained > 0) {
        Tie sample;
        auto style = tie_line_style(sample);
        style.stroke.colour = gained_colour;
        line_entry(style, false, std::string(text_for(options.language, "nieuw contact (", "new tie (")) +
                                     std::to_string(legend.gained) + ")");
    }
    if (legend.lost > 0) {
        Tie sample;
        line_entry(lost_style(tie_line_style(sample)), false,
                   std::string(text_for(options.language, "contact verdwenen (", "tie ended (")) +
                       std::to_string(legend.lost) + ")");
    }
    if (legend.support_marks) {
        y += 6;
        canvas.text({x, y}, std::string(text_for(options.language, "Steun", "Support")), heading);
        y += 15;
        for (const auto& [letter, nl, en] : std::initializer_list<std::tuple<const char*, const char*, const char*>>{
                 {"P", "praktisch", "practical"}, {"G", "gezelschap", "company"}, {"A", "advies en informatie", "advice and information"},
                 {"E", "emotioneel", "emotional"}}) {
            canvas.text({x, y}, letter, {"DejaVu Sans", 8.0, ink, true});
            canvas.text({x + 14, y}, std::string(text_for(options.language, nl, en)), entry);
            y += 13;
        }
    }
    return drawing;
}

}  // namespace wijknet::render
