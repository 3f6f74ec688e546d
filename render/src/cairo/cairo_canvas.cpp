// SPDX-License-Identifier: MIT
#include "cairo_canvas.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet::render {

CairoCanvas::CairoCanvas(cairo_t* context) : context_(context) {}

CairoCanvas::~CairoCanvas() {
    if (layout_) g_object_unref(layout_);
}

void CairoCanvas::FontFree::operator()(PangoFontDescription* description) const {
    pango_font_description_free(description);
}

namespace {

/// \brief This thread's Pango context, shared by the canvases drawn on it. A context of their
/// own (pango_cairo_create_layout makes one) left each picture to find its fonts again through
/// fontconfig: a fifth of the time for an ecomap.
PangoContext* shared_text_context() {
    struct Unref {
        void operator()(PangoContext* context) const { g_object_unref(context); }
    };
    // Pango's default font map is already one per thread.
    thread_local const std::unique_ptr<PangoContext, Unref> context([] {
        PangoContext* made = pango_font_map_create_context(pango_cairo_font_map_get_default());
        // Letters where the font puts them, not rounded to whole units of the page: in a PDF a
        // unit is a point, and rounding made a name's width jump with its size, so a name
        // measured at one size and drawn at a scaled one could run into the symbol beside it.
        pango_context_set_round_glyph_positions(made, FALSE);
        return made;
    }());
    return context.get();
}

}  // namespace

PangoLayout* CairoCanvas::layout_for(std::string_view text, const TextStyle& style) {
    if (!layout_) layout_ = pango_layout_new(shared_text_context());
    // Takes this canvas's transformation and font options into the shared context.
    pango_cairo_update_layout(context_, layout_);
    // Sizes in steps of an eighth of a point, down: Pango finds the font of each new size
    // through fontconfig, and pictures scaled to their page (ecomaps) asked for new sizes with
    // every picture, a tenth of the time for an ecomap. Text is measured and drawn at the same
    // step, never larger than asked.
    const double size = std::max(std::floor(style.size * 8) / 8, 0.125);
    auto& font = fonts_[{style.font_family, size, style.bold}];
    if (!font) {
        font.reset(pango_font_description_new());
        pango_font_description_set_family(font.get(), style.font_family.c_str());
        pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        // Absolute size: in user units, so 10 means 10 points on every surface.
        pango_font_description_set_absolute_size(font.get(), size * PANGO_SCALE);
    }
    if (font.get() == layout_font_ && text == layout_text_) return layout_;
    pango_layout_set_font_description(layout_, font.get());
    pango_layout_set_text(layout_, text.data(), static_cast<int>(text.size()));
    layout_font_ = font.get();
    layout_text_.assign(text);
    return layout_;
}

void check_cairo_status(cairo_status_t status, const char* doing) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw RunError(std::string("drawing failed while ") + doing + ": " + cairo_status_to_string(status));
}

void CairoCanvas::set_colour(const Colour& colour) {
    cairo_set_source_rgba(context_, colour.red, colour.green, colour.blue, colour.alpha);
}

void CairoCanvas::apply(const StrokeStyle& style) {
    set_colour(style.colour);
    cairo_set_line_width(context_, style.width);
    cairo_set_dash(context_, style.dashes.data(), static_cast<int>(style.dashes.size()), 0);
    cairo_set_line_join(context_, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(context_, style.dashes.empty() ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
}

void CairoCanvas::trace(std::span<const Point> points, bool closed) {
    cairo_new_path(context_);
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i == 0) cairo_move_to(context_, points[i].x, points[i].y);
        else cairo_line_to(context_, points[i].x, points[i].y);
    }
    if (closed) cairo_close_path(context_);
}

void CairoCanvas::stroke_path(std::span<const Point> points, const StrokeStyle& style, bool closed) {
    if (points.size() < 2) return;
    trace(points, closed);
    apply(style);
    cairo_stroke(context_);
}

void CairoCanvas::fill_path(std::span<const Point> points, const Colour& fill) {
    if (points.size() < 3) return;
    trace(points, true);
    set_colour(fill);
    cairo_fill(context_);
}

void CairoCanvas::trace_rings(std::span<const std::vector<Point>> rings) {
    cairo_new_path(context_);
    for (const auto& ring : rings) {
        if (ring.size() < 3) continue;
        cairo_move_to(context_, ring[0].x, ring[0].y);
        for (std::size_t i = 1; i < ring.size(); ++i) cairo_line_to(context_, ring[i].x, ring[i].y);
        cairo_close_path(context_);
    }
    cairo_set_fill_rule(context_, CAIRO_FILL_RULE_EVEN_ODD);
}

void CairoCanvas::fill_rings(std::span<const std::vector<Point>> rings, const Colour& fill) {
    trace_rings(rings);
    set_colour(fill);
    cairo_fill(context_);
    cairo_set_fill_rule(context_, CAIRO_FILL_RULE_WINDING);
}

void CairoCanvas::stroke_segments(std::span<const Point> end_points, const StrokeStyle& style) {
    if (end_points.size() < 2) return;
    apply(style);
    // Square ends: a round cap is an arc the stroker must build for each of many thousand
    // segments, and at this width nobody sees the difference.
    cairo_set_line_cap(context_, CAIRO_LINE_CAP_BUTT);
    // Cairo's stroker tessellates one path as a whole, and its cost grows much faster than the
    // number of segments (500 s for 300,000 crossing ties in one path); strokes of a few dozen
    // segments keep it linear. Callers that sort segments by place keep each stroke's area small.
    constexpr std::size_t segments_per_stroke = 32;
    for (std::size_t start = 0; start + 1 < end_points.size(); start += 2 * segments_per_stroke) {
        cairo_new_path(context_);
        const std::size_t end = std::min(end_points.size(), start + 2 * segments_per_stroke);
        for (std::size_t i = start; i + 1 < end; i += 2) {
            cairo_move_to(context_, end_points[i].x, end_points[i].y);
            cairo_line_to(context_, end_points[i + 1].x, end_points[i + 1].y);
        }
        cairo_stroke(context_);
    }
}

void CairoCanvas::begin_clip(std::span<const std::vector<Point>> rings) {
    cairo_save(context_);
    trace_rings(rings);
    cairo_clip(context_);
}

void CairoCanvas::end_clip() { cairo_restore(context_); }

void CairoCanvas::circle(Point centre, double radius, const Colour* fill, const StrokeStyle* stroke) {
    cairo_new_path(context_);
    cairo_arc(context_, centre.x, centre.y, radius, 0, 6.283185307179586);
    if (fill) {
        set_colour(*fill);
        stroke ? cairo_fill_preserve(context_) : cairo_fill(context_);
    }
    if (stroke) {
        apply(*stroke);
        cairo_stroke(context_);
    }
}

TextExtent CairoCanvas::measure_text(std::string_view text, const TextStyle& style) {
    PangoRectangle logical{};
    pango_layout_get_extents(layout_for(text, style), nullptr, &logical);
    return {static_cast<double>(logical.width) / PANGO_SCALE, static_cast<double>(logical.height) / PANGO_SCALE};
}

void CairoCanvas::text(Point top_left, std::string_view text, const TextStyle& style) {
    set_colour(style.colour);
    cairo_move_to(context_, top_left.x, top_left.y);
    pango_cairo_show_layout(context_, layout_for(text, style));
}

std::vector<CairoCanvas::TextLine> CairoCanvas::lines_of(std::string_view text, const TextStyle& style) {
    PangoLayout* layout = layout_for(text, style);
    std::vector<TextLine> lines;
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
        PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
        PangoRectangle logical{};
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        const auto start = static_cast<std::size_t>(line->start_index), length = static_cast<std::size_t>(line->length);
        lines.push_back({static_cast<double>(logical.x) / PANGO_SCALE,
                         static_cast<double>(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE,
                         std::string(text.substr(std::min(start, text.size()), length))});
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    return lines;
}

}  // namespace wijknet::render
