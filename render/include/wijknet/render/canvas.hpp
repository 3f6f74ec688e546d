// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

// The drawing interface every picture is made through. Layout and styling code draws on a Canvas
// and never sees Cairo; tests draw on a recording canvas and check the calls.

namespace wijknet::render {

struct Point {
    double x = 0;
    double y = 0;
    bool operator==(const Point&) const = default;
};

/// \brief A rectangle on the page, from its top-left corner.
struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    [[nodiscard]] bool overlaps(const Rect& other, double gap = 0) const {
        return x < other.x + other.width + gap && other.x < x + width + gap && y < other.y + other.height + gap &&
               other.y < y + height + gap;
    }
};

struct Colour {
    double red = 0;
    double green = 0;
    double blue = 0;
    double alpha = 1;
    bool operator==(const Colour&) const = default;
};

struct StrokeStyle {
    Colour colour;
    double width = 1;
    /// Lengths of dashes and gaps in points; empty for a solid line.
    std::vector<double> dashes;
    bool operator==(const StrokeStyle&) const = default;
};

struct TextStyle {
    std::string font_family = "DejaVu Sans";
    double size = 10;  // points
    Colour colour;
    bool bold = false;
    bool operator==(const TextStyle&) const = default;
};

/// Size of a laid-out text in points, from the font's real metrics.
struct TextExtent {
    double width = 0;
    double height = 0;
};

/// \brief A surface to draw on, in points (1/72 inch) from the top-left corner.
class Canvas {
public:
    virtual ~Canvas() = default;
    virtual void stroke_path(std::span<const Point> points, const StrokeStyle& style, bool closed = false) = 0;
    virtual void fill_path(std::span<const Point> points, const Colour& fill) = 0;
    virtual void circle(Point centre, double radius, const Colour* fill, const StrokeStyle* stroke) = 0;
    /// Fills the inside of `rings` by the even-odd rule, so an inner ring is a hole.
    virtual void fill_rings(std::span<const std::vector<Point>> rings, const Colour& fill) {
        for (const auto& ring : rings) fill_path(ring, fill);
    }
    /// Strokes separate segments, given as pairs of end points, in one style. Maps draw
    /// hundreds of thousands of ties: one stroke for all of them instead of one each.
    virtual void stroke_segments(std::span<const Point> end_points, const StrokeStyle& style) {
        for (std::size_t i = 0; i + 1 < end_points.size(); i += 2) stroke_path(end_points.subspan(i, 2), style);
    }
    /// Limits drawing to the inside of `rings` (even-odd) until end_clip(). Not nested.
    virtual void begin_clip(std::span<const std::vector<Point>> rings) { (void)rings; }
    virtual void end_clip() {}
    virtual TextExtent measure_text(std::string_view text, const TextStyle& style) = 0;
    /// Draws text with its top-left corner at `top_left`.
    virtual void text(Point top_left, std::string_view text, const TextStyle& style) = 0;
};

}  // namespace wijknet::render
