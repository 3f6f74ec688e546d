// SPDX-License-Identifier: MIT
#include "parallel_ties.hpp"
#include "wijknet/render/ecomap_style.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "wijknet/analysis/support_flow.hpp"

namespace wijknet::render {
namespace {

constexpr double pi = 3.14159265358979323846;

constexpr Colour rgb(int r, int g, int b) { return {r / 255.0, g / 255.0, b / 255.0, 1.0}; }

// Okabe and Ito (2008): distinguishable with every common colour-vision deficiency.
constexpr Colour orange = rgb(230, 159, 0);
constexpr Colour sky_blue = rgb(86, 180, 233);
constexpr Colour bluish_green = rgb(0, 158, 115);
constexpr Colour yellow = rgb(240, 228, 66);
constexpr Colour blue = rgb(0, 114, 178);
constexpr Colour vermillion = rgb(213, 94, 0);
constexpr Colour reddish_purple = rgb(204, 121, 167);
constexpr Colour grey = rgb(153, 153, 153);
constexpr Colour lilac = rgb(190, 174, 212);
constexpr Colour conflict_red = rgb(200, 30, 30);

struct CategoryEntry {
    SymbolStyle style;
    std::string_view nl;
    std::string_view en;
};

const std::array<CategoryEntry, 11> categories{{
    {{SymbolShape::circle, orange}, "familie en huishouden", "family and household"},
    {{SymbolShape::triangle, sky_blue}, "vrienden en kennissen", "friends and acquaintances"},
    {{SymbolShape::pentagon, bluish_green}, "buren", "neighbours"},
    {{SymbolShape::inverted_triangle, yellow}, "werk en school", "work and school"},
    {{SymbolShape::diamond, reddish_purple}, "vrijwilligers", "volunteers"},
    {{SymbolShape::square, blue}, "professionals", "professionals"},
    {{SymbolShape::hexagon, vermillion}, "organisaties", "organisations"},
    {{SymbolShape::octagon, lilac}, "groepen", "groups"},
    {{SymbolShape::house, grey}, "plekken", "places"},
    {{SymbolShape::circle, sky_blue}, "bewoners", "residents"},
    {{SymbolShape::circle, grey}, "overig", "other"},
}};

}  // namespace

ContactCategory category_of(const Actor& contact, const Tie& tie) {
    switch (contact.kind) {
        case ActorKind::professional: return ContactCategory::professional;
        case ActorKind::organisation: return ContactCategory::organisation;
        case ActorKind::group: return ContactCategory::group;
        case ActorKind::place: return ContactCategory::place;
        case ActorKind::volunteer: return ContactCategory::volunteer;
        default: break;
    }
    switch (tie.kind) {
        case TieKind::household:
        case TieKind::family: return ContactCategory::family;
        case TieKind::friendship: return ContactCategory::friend_;
        case TieKind::neighbour: return ContactCategory::neighbour;
        case TieKind::colleague: return ContactCategory::work;
        case TieKind::volunteer_help: return ContactCategory::volunteer;
        case TieKind::care:
        case TieKind::referral:
        case TieKind::collaboration:
        case TieKind::employment: return ContactCategory::professional;
        case TieKind::membership: return ContactCategory::group;
        case TieKind::unspecified: break;
    }
    return ContactCategory::other;
}

ContactCategory category_of(const Actor& actor) {
    switch (actor.kind) {
        case ActorKind::professional: return ContactCategory::professional;
        case ActorKind::organisation: return ContactCategory::organisation;
        case ActorKind::group: return ContactCategory::group;
        case ActorKind::place: return ContactCategory::place;
        case ActorKind::volunteer: return ContactCategory::volunteer;
        case ActorKind::resident: return ContactCategory::resident;
        case ActorKind::unspecified: break;
    }
    return ContactCategory::other;
}

SymbolStyle symbol_style(ContactCategory category) { return categories[static_cast<std::size_t>(category)].style; }

std::string_view label_of(ContactCategory category, Language language) {
    const auto& entry = categories[static_cast<std::size_t>(category)];
    return language == Language::nl ? entry.nl : entry.en;
}

TieLineStyle tie_line_style(const Tie& tie) {
    TieLineStyle style;
    const Strength strength = tie.strength.value_or(Strength::normal);
    style.stroke.width = strength == Strength::strong ? 3.0 : strength == Strength::weak ? 1.0 : 1.8;
    style.stroke.colour = ink;
    if (strength == Strength::weak) {
        style.pattern = LinePattern::dashed;
        style.stroke.dashes = {5.0, 3.5};
    }
    if (tie.valence == Valence::stressful) style.pattern = LinePattern::zigzag;
    if (tie.valence == Valence::conflict) {
        style.conflict = true;
        style.pattern = strength == Strength::weak ? LinePattern::dashed : LinePattern::zigzag;
        style.stroke.colour = conflict_red;
    }
    if (style.pattern == LinePattern::zigzag) style.stroke.dashes.clear();
    return style;
}

std::string_view label_of(LinePattern pattern, Language language) {
    switch (pattern) {
        case LinePattern::solid: return language == Language::nl ? "sterk of normaal contact" : "strong or normal tie";
        case LinePattern::dashed: return language == Language::nl ? "zwak contact" : "weak tie";
        case LinePattern::zigzag: return language == Language::nl ? "belastend contact" : "stressful tie";
    }
    return {};
}

Tie legend_sample(LinePattern pattern, bool conflict) {
    Tie sample;
    sample.strength = pattern == LinePattern::dashed ? Strength::weak : Strength::normal;
    if (pattern == LinePattern::zigzag) sample.valence = Valence::stressful;
    if (conflict) sample.valence = Valence::conflict;
    return sample;
}

std::string_view conflict_label(LinePattern pattern, Language language) {
    if (pattern == LinePattern::dashed) return language == Language::nl ? "conflict, zwak contact" : "conflict, weak tie";
    return "conflict";
}

Flow flow_seen_from(const Tie& tie, ActorIndex ego) {
    // Arrows only where the file says which way support flows.
    if (!tie.direction || tie.direction == SupportDirection::none) return Flow::none;
    const bool to_ego = supports(tie, ego);
    const bool from_ego = supported_by(tie, ego);
    if (to_ego && from_ego) return Flow::both;
    return to_ego ? Flow::to_ego : from_ego ? Flow::from_ego : Flow::none;
}

std::vector<Point> zigzag(Point from, Point to, double amplitude, double step) {
    const double dx = to.x - from.x, dy = to.y - from.y;
    const double length = std::hypot(dx, dy);
    std::vector<Point> points{from};
    if (length < 2 * step) {
        points.push_back(to);
        return points;
    }
    const double ux = dx / length, uy = dy / length;
    const int teeth = static_cast<int>(length / step);
    for (int i = 1; i < teeth; ++i) {
        const double along = length * i / teeth;
        const double side = (i % 2 ? amplitude : -amplitude);
        points.push_back({from.x + ux * along - uy * side, from.y + uy * along + ux * side});
    }
    points.push_back(to);
    return points;
}

std::vector<Point> symbol_outline(SymbolShape shape, Point centre, double radius) {
    const auto polygon = [&](int corners, double rotation, double scale = 1.0) {
        std::vector<Point> points;
        for (int i = 0; i < corners; ++i) {
            const double angle = rotation + 2 * pi * i / corners;
            points.push_back({centre.x + radius * scale * std::cos(angle), centre.y + radius * scale * std::sin(angle)});
        }
        return points;
    };
    switch (shape) {
        case SymbolShape::circle: return {};
        case SymbolShape::triangle: return polygon(3, -pi / 2, 1.2);
        case SymbolShape::inverted_triangle: return polygon(3, pi / 2, 1.2);
        case SymbolShape::pentagon: return polygon(5, -pi / 2, 1.08);
        case SymbolShape::diamond: return polygon(4, -pi / 2, 1.2);
        case SymbolShape::square: return polygon(4, pi / 4, 1.2);
        case SymbolShape::hexagon: return polygon(6, 0, 1.08);
        case SymbolShape::octagon: return polygon(8, pi / 8, 1.05);
        case SymbolShape::house: {
            const double r = radius;
            return {{centre.x, centre.y - r * 1.1}, {centre.x + r, centre.y - r * 0.2}, {centre.x + r, centre.y + r},
                    {centre.x - r, centre.y + r}, {centre.x - r, centre.y - r * 0.2}};
        }
    }
    return {};
}

void draw_symbol(Canvas& canvas, const SymbolStyle& style, Point centre, double radius, double outline_width) {
    const StrokeStyle outline{ink, outline_width, {}};
    if (style.shape == SymbolShape::circle) {
        canvas.circle(centre, radius, &style.fill, &outline);
        return;
    }
    const auto points = symbol_outline(style.shape, centre, radius);
    canvas.fill_path(points, style.fill);
    canvas.stroke_path(points, outline, true);
}

Point towards(Point from, Point to, double distance) {
    const double dx = to.x - from.x, dy = to.y - from.y;
    const double length = std::max(std::hypot(dx, dy), 1e-9);
    return {from.x + dx / length * distance, from.y + dy / length * distance};
}

void draw_arrowhead(Canvas& canvas, Point tip, Point from, double size, const Colour& colour) {
    const Point base = towards(tip, from, size);
    const double dx = tip.x - base.x, dy = tip.y - base.y;
    const std::vector<Point> head{tip, {base.x - dy * 0.5, base.y + dx * 0.5}, {base.x + dy * 0.5, base.y - dx * 0.5}};
    canvas.fill_path(head, colour);
}

void draw_tie_line(Canvas& canvas, Point from, Point to, const TieLineStyle& style) {
    const std::array<Point, 2> ends{from, to};
    draw_tie_along(canvas, ends, style);
}

void draw_label_backdrop(Canvas& canvas, const Rect& box, double margin) {
    const std::vector<Point> corners{{box.x - margin, box.y}, {box.x + box.width + margin, box.y},
                                     {box.x + box.width + margin, box.y + box.height}, {box.x - margin, box.y + box.height}};
    canvas.fill_path(corners, {1, 1, 1, 0.8});
}

}  // namespace wijknet::render
