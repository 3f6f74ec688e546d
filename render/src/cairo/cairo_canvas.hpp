// SPDX-License-Identifier: MIT
#pragma once

// The Cairo seam: only files under render/src/cairo/ include Cairo or Pango headers.

#include <cairo.h>

#include "wijknet/render/canvas.hpp"

namespace wijknet::render {

/// \brief A Canvas drawing through a Cairo context, with text laid out by Pango.
class CairoCanvas final : public Canvas {
public:
    /// Borrows `context`; the caller keeps it alive for the canvas's lifetime.
    explicit CairoCanvas(cairo_t* context) : context_(context) {}

    void stroke_path(std::span<const Point> points, const StrokeStyle& style, bool closed) override;
    void fill_path(std::span<const Point> points, const Colour& fill) override;
    void circle(Point centre, double radius, const Colour* fill, const StrokeStyle* stroke) override;
    TextExtent measure_text(std::string_view text, const TextStyle& style) override;
    void text(Point top_left, std::string_view text, const TextStyle& style) override;

private:
    void trace(std::span<const Point> points, bool closed);
    void apply(const StrokeStyle& style);
    void set_colour(const Colour& colour);

    cairo_t* context_;
};

/// Throws RunError when Cairo reports a failed status.
void check_cairo_status(cairo_status_t status, const char* doing);

}  // namespace wijknet::render
