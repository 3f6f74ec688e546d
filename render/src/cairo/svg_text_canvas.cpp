// SPDX-License-Identifier: MIT
#include "svg_text_canvas.hpp"

#include <cairo-svg.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace wijknet::render {
namespace {

cairo_status_t discard(void*, const unsigned char*, unsigned int) { return CAIRO_STATUS_SUCCESS; }

void escaped(std::string& out, std::string_view text) {
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
}

}  // namespace

SvgTextCanvas::SvgTextCanvas(double width, double height)
    : measuring_surface_(cairo_svg_surface_create_for_stream(&discard, nullptr, width, height)),
      measuring_context_(cairo_create(measuring_surface_.get())),
      measurer_(measuring_context_.get()) {
    check_cairo_status(cairo_status(measuring_context_.get()), "starting to measure text");
    out_.reserve(64 * 1024);
    out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"";
    number(width);
    out_ += "pt\" height=\"";
    number(height);
    out_ += "pt\" viewBox=\"0 0 ";
    number(width);
    out_ += ' ';
    number(height);
    out_ += "\" xml:space=\"preserve\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
}

SvgTextCanvas::~SvgTextCanvas() = default;

void SvgTextCanvas::number(double value) {
    // Two decimals are a hundredth of a point, finer than any screen shows.
    const double rounded = std::round(value * 100) / 100;
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded == 0 ? 0.0 : rounded);
    out_.append(buffer, result.ptr);
}

void SvgTextCanvas::point(Point p) {
    number(p.x);
    out_ += ' ';
    number(p.y);
}

void SvgTextCanvas::path_data(std::span<const Point> points, bool closed) {
    for (std::size_t i = 0; i < points.size(); ++i) {
        out_ += i == 0 ? 'M' : 'L';
        point(points[i]);
    }
    if (closed) out_ += 'Z';
}

void SvgTextCanvas::colour(const char* attribute, const Colour& c) {
    const auto channel = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    out_ += ' ';
    out_ += attribute;
    out_ += "=\"rgb(" + std::to_string(channel(c.red)) + "," + std::to_string(channel(c.green)) + "," +
            std::to_string(channel(c.blue)) + ")\"";
    if (c.alpha < 1) {
        out_ += ' ';
        out_ += attribute;
        out_ += "-opacity=\"";
        number(c.alpha);
        out_ += '"';
    }
}

void SvgTextCanvas::stroke_attributes(const StrokeStyle& style, bool butt) {
    out_ += " fill=\"none\"";
    colour("stroke", style.colour);
    out_ += " stroke-width=\"";
    number(style.width);
    // As the Cairo canvas strokes: round joins, round caps on solid lines.
    out_ += "\" stroke-linejoin=\"round\" stroke-linecap=\"";
    out_ += butt || !style.dashes.empty() ? "butt" : "round";
    out_ += '"';
    if (!style.dashes.empty()) {
        out_ += " stroke-dasharray=\"";
        for (std::size_t i = 0; i < style.dashes.size(); ++i) {
            if (i) out_ += ',';
            number(style.dashes[i]);
        }
        out_ += '"';
    }
}

void SvgTextCanvas::stroke_path(std::span<const Point> points, const StrokeStyle& style, bool closed) {
    if (points.size() < 2) return;
    out_ += "<path d=\"";
    path_data(points, closed);
    out_ += '"';
    stroke_attributes(style, false);
    out_ += "/>\n";
}

void SvgTextCanvas::fill_path(std::span<const Point> points, const Colour& fill) {
    if (points.size() < 3) return;
    out_ += "<path d=\"";
    path_data(points, true);
    out_ += '"';
    colour("fill", fill);
    out_ += "/>\n";
}

void SvgTextCanvas::fill_rings(std::span<const std::vector<Point>> rings, const Colour& fill) {
    out_ += "<path fill-rule=\"evenodd\" d=\"";
    for (const auto& ring : rings)
        if (ring.size() >= 3) path_data(ring, true);
    out_ += '"';
    colour("fill", fill);
    out_ += "/>\n";
}

void SvgTextCanvas::stroke_segments(std::span<const Point> end_points, const StrokeStyle& style) {
    if (end_points.size() < 2) return;
    out_ += "<path d=\"";
    for (std::size_t i = 0; i + 1 < end_points.size(); i += 2) {
        out_ += 'M';
        point(end_points[i]);
        out_ += 'L';
        point(end_points[i + 1]);
    }
    out_ += '"';
    stroke_attributes(style, true);
    out_ += "/>\n";
}

void SvgTextCanvas::begin_clip(std::span<const std::vector<Point>> rings) {
    const std::string id = "clip" + std::to_string(++clips_);
    out_ += "<clipPath id=\"" + id + "\"><path clip-rule=\"evenodd\" d=\"";
    for (const auto& ring : rings)
        if (ring.size() >= 3) path_data(ring, true);
    out_ += "\"/></clipPath>\n<g clip-path=\"url(#" + id + ")\">\n";
    clipped_ = true;
}

void SvgTextCanvas::end_clip() {
    if (!clipped_) return;
    out_ += "</g>\n";
    clipped_ = false;
}

void SvgTextCanvas::circle(Point centre, double radius, const Colour* fill, const StrokeStyle* stroke) {
    out_ += "<circle cx=\"";
    number(centre.x);
    out_ += "\" cy=\"";
    number(centre.y);
    out_ += "\" r=\"";
    number(radius);
    out_ += '"';
    if (stroke) {
        stroke_attributes(*stroke, false);
        if (fill) {
            out_.erase(out_.rfind(" fill=\"none\""), 12);
            colour("fill", *fill);
        }
    } else if (fill) {
        colour("fill", *fill);
    } else {
        out_ += " fill=\"none\"";
    }
    out_ += "/>\n";
}

TextExtent SvgTextCanvas::measure_text(std::string_view text, const TextStyle& style) {
    return measurer_.measure_text(text, style);
}

void SvgTextCanvas::text(Point top_left, std::string_view text, const TextStyle& style) {
    // The size Cairo's canvas draws at: down to an eighth of a point.
    const double size = std::max(std::floor(style.size * 8) / 8, 0.125);
    for (const auto& line : measurer_.lines_of(text, style)) {
        if (line.text.empty()) continue;
        out_ += "<text x=\"";
        number(top_left.x + line.x);
        out_ += "\" y=\"";
        number(top_left.y + line.baseline);
        out_ += "\" font-family=\"";
        escaped(out_, style.font_family);
        out_ += "\" font-size=\"";
        number(size);
        out_ += '"';
        if (style.bold) out_ += " font-weight=\"bold\"";
        colour("fill", style.colour);
        out_ += '>';
        escaped(out_, line.text);
        out_ += "</text>\n";
    }
}

std::string SvgTextCanvas::finish() {
    end_clip();
    out_ += "</svg>\n";
    return std::move(out_);
}

}  // namespace wijknet::render
