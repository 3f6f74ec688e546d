// SPDX-License-Identifier: MIT
#pragma once

// The Cairo seam: only files under render/src/cairo/ include Cairo or Pango headers.

#include <cairo.h>

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "wijknet/render/canvas.hpp"

typedef struct _PangoLayout PangoLayout;
typedef struct _PangoFontDescription PangoFontDescription;

namespace wijknet::render {

/// \brief A Canvas drawing through a Cairo context, with text laid out by Pango.
class CairoCanvas final : public Canvas {
public:
    /// Borrows `context`; the caller keeps it alive for the canvas's lifetime.
    explicit CairoCanvas(cairo_t* context);
    ~CairoCanvas() override;
    CairoCanvas(const CairoCanvas&) = delete;
    CairoCanvas& operator=(const CairoCanvas&) = delete;

    void stroke_path(std::span<const Point> points, const StrokeStyle& style, bool closed) override;
    void fill_path(std::span<const Point> points, const Colour& fill) override;
    void fill_rings(std::span<const std::vector<Point>> rings, const Colour& fill) override;
    void stroke_segments(std::span<const Point> end_points, const StrokeStyle& style) override;
    void begin_clip(std::span<const std::vector<Point>> rings) override;
    void end_clip() override;
    void circle(Point centre, double radius, const Colour* fill, const StrokeStyle* stroke) override;
    TextExtent measure_text(std::string_view text, const TextStyle& style) override;
    void text(Point top_left, std::string_view text, const TextStyle& style) override;

    /// \brief One line of a text as Pango lays it out: where it starts and where its baseline
    /// lies, from the text's top-left corner.
    struct TextLine {
        double x = 0;
        double baseline = 0;
        std::string text;
    };
    /// The lines `text` would be drawn in, in `style`'s font at the size text() uses.
    std::vector<TextLine> lines_of(std::string_view text, const TextStyle& style);

private:
    void trace(std::span<const Point> points, bool closed);
    void trace_rings(std::span<const std::vector<Point>> rings);
    void apply(const StrokeStyle& style);
    void set_colour(const Colour& colour);
    /// The one Pango layout of this canvas, holding `text` in `style`'s font.
    PangoLayout* layout_for(std::string_view text, const TextStyle& style);

    cairo_t* context_;
    // Creating a layout and a font description for every label costs more than the drawing
    // itself; one layout and one description per style are reused.
    PangoLayout* layout_ = nullptr;
    struct FontFree {
        void operator()(PangoFontDescription* description) const;
    };
    std::map<std::tuple<std::string, double, bool>, std::unique_ptr<PangoFontDescription, FontFree>> fonts_;
    // What the layout holds: text measured and then drawn in the same font is shaped once.
    std::string layout_text_;
    const PangoFontDescription* layout_font_ = nullptr;
};

/// Throws RunError when Cairo reports a failed status.
void check_cairo_status(cairo_status_t status, const char* doing);

}  // namespace wijknet::render
