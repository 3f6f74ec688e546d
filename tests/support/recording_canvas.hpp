// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "wijknet/render/canvas.hpp"

namespace wijknet::test {

/// \brief A canvas that keeps every call, so tests can check what a picture draws without pixels.
/// Text is measured as a monospaced font: 0.55 x size per character, 1.2 x size high.
class RecordingCanvas final : public render::Canvas {
public:
    /// When set, each character's advance is rounded up to a multiple of this, as a font rounds
    /// its letters' advances at each size: text drawn smaller is then not as much narrower.
    double advance_step = 0;
    struct Stroke {
        std::vector<render::Point> points;
        render::StrokeStyle style;
        bool closed;
    };
    struct Fill {
        std::vector<render::Point> points;
        render::Colour colour;
    };
    struct Circle {
        render::Point centre;
        double radius;
        bool filled;
        bool stroked;
    };
    struct Text {
        render::Point top_left;
        std::string text;
        render::TextStyle style;
    };

    std::vector<Stroke> strokes;
    std::vector<Fill> fills;
    std::vector<Circle> circles;
    std::vector<Text> texts;
    /// fill_rings calls: the rings of each, and the colour.
    std::vector<std::pair<std::vector<std::vector<render::Point>>, render::Colour>> ring_fills;
    /// stroke_segments calls: the end points of each batch, and its style.
    std::vector<std::pair<std::vector<render::Point>, render::StrokeStyle>> segment_batches;
    int clips = 0;

    void stroke_path(std::span<const render::Point> points, const render::StrokeStyle& style, bool closed) override {
        strokes.push_back({{points.begin(), points.end()}, style, closed});
    }
    void fill_path(std::span<const render::Point> points, const render::Colour& fill) override {
        fills.push_back({{points.begin(), points.end()}, fill});
    }
    void circle(render::Point centre, double radius, const render::Colour* fill, const render::StrokeStyle* stroke) override {
        circles.push_back({centre, radius, fill != nullptr, stroke != nullptr});
    }
    void fill_rings(std::span<const std::vector<render::Point>> rings, const render::Colour& fill) override {
        ring_fills.push_back({{rings.begin(), rings.end()}, fill});
    }
    void stroke_segments(std::span<const render::Point> end_points, const render::StrokeStyle& style) override {
        segment_batches.push_back({{end_points.begin(), end_points.end()}, style});
    }
    void begin_clip(std::span<const std::vector<render::Point>>) override { ++clips; }
    render::TextExtent measure_text(std::string_view text, const render::TextStyle& style) override {
        double advance = 0.55 * style.size;
        if (advance_step > 0) advance = std::ceil(advance / advance_step) * advance_step;
        return {advance * static_cast<double>(text.size()), 1.2 * style.size};
    }
    void text(render::Point top_left, std::string_view text, const render::TextStyle& style) override {
        texts.push_back({top_left, std::string(text), style});
    }

    [[nodiscard]] bool has_text(std::string_view wanted) const {
        for (const auto& t : texts)
            if (t.text == wanted) return true;
        return false;
    }
};

}  // namespace wijknet::test
