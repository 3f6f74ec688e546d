// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

#include "wijknet/model/network.hpp"
#include "wijknet/render/canvas.hpp"

// The visual language of ecomaps (Hartman 1978, the Dutch ecogram, easyNWK): what a social worker
// expects each line and symbol to mean. Drawing code asks this file; it never picks a colour itself.

namespace wijknet::render {

enum class Language { nl, en };

/// What a contact is to the client, as the symbol shows it.
enum class ContactCategory { family, friend_, neighbour, work, volunteer, professional, organisation, group, place, resident, other };

enum class SymbolShape { circle, triangle, pentagon, inverted_triangle, diamond, square, hexagon, octagon, house };

struct SymbolStyle {
    SymbolShape shape;
    Colour fill;
};

/// The category of a contact seen over its ties to the ego (the strongest kind decides).
ContactCategory category_of(const Actor& contact, const Tie& tie_to_ego);
/// The category of an actor in a whole-network drawing, where there is no ego: by kind alone.
ContactCategory category_of(const Actor& actor);
/// Okabe-Ito colours (safe for colour-blind readers) plus a shape per category, so a greyscale
/// print still tells family from professionals.
SymbolStyle symbol_style(ContactCategory category);
std::string_view label_of(ContactCategory category, Language language);

/// Hartman's lines.
enum class LinePattern { solid, dashed, zigzag };

struct TieLineStyle {
    LinePattern pattern = LinePattern::solid;
    StrokeStyle stroke;
    bool conflict = false;
};

/// solid = strong or normal, dashed = weak, zigzag = stressful, red = conflict; thicker = stronger.
TieLineStyle tie_line_style(const Tie& tie);
std::string_view label_of(LinePattern pattern, Language language);
/// The tie a legend draws for a line of `pattern`, red when `conflict`: legends show each line
/// as the picture draws it (a weak conflict is red and dashed, another red and zigzag).
Tie legend_sample(LinePattern pattern, bool conflict);
/// The legend's words for a conflict drawn as `pattern`.
std::string_view conflict_label(LinePattern pattern, Language language);
/// The order legends list conflicts in: the plain conflict (zigzag) before its weak form (dashed),
/// which reads as a qualification of it.
inline bool conflict_listed_before(LinePattern a, LinePattern b) { return a > b; }

/// Which way support flows along a line drawn from the ego to a contact.
enum class Flow { none, to_ego, from_ego, both };
Flow flow_seen_from(const Tie& tie, ActorIndex ego);

/// The polyline of a zigzag from `from` to `to`, its teeth `amplitude` wide every `step` points.
std::vector<Point> zigzag(Point from, Point to, double amplitude = 3.0, double step = 6.0);
/// The corner points of a symbol of the given shape and radius around `centre` (empty for a circle).
std::vector<Point> symbol_outline(SymbolShape shape, Point centre, double radius);

/// The dark grey of text, outlines and ordinary lines on every picture, and the lighter grey of
/// subtitles and source lines.
inline constexpr Colour ink{0.2, 0.2, 0.2, 1};
inline constexpr Colour soft_ink{0.55, 0.55, 0.55, 1};

/// A pale field behind a name, `margin` wider at each side, so lines passing under it do not cut
/// through the letters.
void draw_label_backdrop(Canvas& canvas, const Rect& box, double margin = 1.0);

/// Draws a symbol, filled and outlined in dark ink.
void draw_symbol(Canvas& canvas, const SymbolStyle& style, Point centre, double radius, double outline_width = 1.0);

/// A line in Hartman's style between two points: straight, dashed or zigzag as the style says.
void draw_tie_line(Canvas& canvas, Point from, Point to, const TieLineStyle& style);

/// The point `distance` from `from` on the way to `to`.
Point towards(Point from, Point to, double distance);

/// A filled arrowhead of `size` with its point at `tip`, on the line coming from `from`.
void draw_arrowhead(Canvas& canvas, Point tip, Point from, double size, const Colour& colour);

}  // namespace wijknet::render
