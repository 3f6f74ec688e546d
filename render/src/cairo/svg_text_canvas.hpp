// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "cairo_canvas.hpp"
#include "cairo_handles.hpp"
#include "wijknet/render/canvas.hpp"

namespace wijknet::render {

/// \brief A Canvas that writes SVG itself: shapes as Cairo strokes and fills them, and text as
/// SVG text in the font named, placed line by line where Pango puts it. Cairo's own SVG draws
/// each letter as a path, which a browser takes several times longer to show; a browser on the
/// same computer has the same fonts, so this looks the same. Text is measured by Pango with the
/// font options of Cairo's SVG surface, as the files are.
class SvgTextCanvas final : public Canvas {
public:
    SvgTextCanvas(double width, double height);
    ~SvgTextCanvas() override;

    void stroke_path(std::span<const Point> points, const StrokeStyle& style, bool closed) override;
    void fill_path(std::span<const Point> points, const Colour& fill) override;
    void fill_rings(std::span<const std::vector<Point>> rings, const Colour& fill) override;
    void stroke_segments(std::span<const Point> end_points, const StrokeStyle& style) override;
    void begin_clip(std::span<const std::vector<Point>> rings) override;
    void end_clip() override;
    void circle(Point centre, double radius, const Colour* fill, const StrokeStyle* stroke) override;
    TextExtent measure_text(std::string_view text, const TextStyle& style) override;
    void text(Point top_left, std::string_view text, const TextStyle& style) override;

    /// The document, closed.
    [[nodiscard]] std::string finish();

private:
    void number(double value);
    void point(Point p);
    void path_data(std::span<const Point> points, bool closed);
    void stroke_attributes(const StrokeStyle& style, bool butt);
    void colour(const char* attribute, const Colour& colour);

    std::string out_;
    SurfaceHandle measuring_surface_;
    ContextHandle measuring_context_;
    CairoCanvas measurer_;
    int clips_ = 0;
    bool clipped_ = false;
};

}  // namespace wijknet::render
