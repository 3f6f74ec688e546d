// SPDX-License-Identifier: MIT
// The map's drawing through a recording canvas: class colours, the suppressed and no-data
// symbols, ties batched by style, the legend built from what is drawn, the furniture.
#include <gtest/gtest.h>

#include <algorithm>

#include "recording_canvas.hpp"
#include "wijknet/render/map_picture.hpp"

namespace wijknet::render {
namespace {

geo::Shape square(double x, double y) { return {{{{x, y}, {x + 100, y}, {x + 100, y + 100}, {x, y + 100}}, {}}}; }

/// Four areas in a row: values 0.1 and 0.4, one suppressed, one without data.
MapScene four_areas() {
    MapScene scene;
    scene.areas.push_back({"Noord", square(0, 0), 0.1, false});
    scene.areas.push_back({"Oost", square(100, 0), 0.4, false});
    scene.areas.push_back({"Zuid", square(200, 0), std::nullopt, true});
    scene.areas.push_back({"West", square(300, 0), std::nullopt, false});
    return scene;
}

MapPictureOptions share_options() {
    MapPictureOptions options;
    options.title = "Aandeel";
    options.indicator_label = "Aandeel bewoners zonder informele relatie";
    options.indicator_is_share = true;
    options.min_cell = 10;
    options.source_line = "Bronnen: test";
    return options;
}

bool same_colour(const Colour& a, const Colour& b) { return a == b; }

TEST(MapClasses, QuantileBreaksRoundedAndDistinct) {
    const auto classes = map_classes({0.05, 0.10, 0.12, 0.30, 0.31, 0.5}, 3, true);
    ASSERT_EQ(classes.upper_bounds.size(), 3u);
    EXPECT_DOUBLE_EQ(classes.upper_bounds[0], 0.10);
    EXPECT_DOUBLE_EQ(classes.upper_bounds[1], 0.30);
    EXPECT_DOUBLE_EQ(classes.upper_bounds[2], 0.5);
    EXPECT_EQ(classes.class_of(0.05), 0u);
    EXPECT_EQ(classes.class_of(0.2), 1u);
    EXPECT_EQ(classes.class_of(0.5), 2u);
    // All values equal: one class, not five empty ones.
    EXPECT_EQ(map_classes({3, 3, 3}, 5, false).upper_bounds.size(), 1u);
    EXPECT_TRUE(map_classes({}, 5, false).upper_bounds.empty());
}

TEST(MapClasses, PaletteRunsLightToDark) {
    const auto palette = map_palette(5);
    ASSERT_EQ(palette.size(), 5u);
    for (std::size_t k = 1; k < palette.size(); ++k) {
        const auto lightness = [](const Colour& c) { return c.red + c.green + c.blue; };
        EXPECT_LT(lightness(palette[k]), lightness(palette[k - 1]));
    }
}

TEST(MapPicture, AreasTakeTheirClassColourAndSuppressedOnesAreHatched) {
    test::RecordingCanvas canvas;
    draw_map(canvas, 842, 595, four_areas(), share_options());
    const auto classes = map_classes({0.1, 0.4}, 5, true);
    const auto palette = map_palette(classes.upper_bounds.size());
    // The four areas first, in scene order (the legend's swatches come later).
    ASSERT_GE(canvas.ring_fills.size(), 4u);
    EXPECT_TRUE(same_colour(canvas.ring_fills[0].second, palette[classes.class_of(0.1)]));
    EXPECT_TRUE(same_colour(canvas.ring_fills[1].second, palette[classes.class_of(0.4)]));
    EXPECT_FALSE(same_colour(canvas.ring_fills[0].second, canvas.ring_fills[1].second));
    // Suppressed: grey under hatching (a clip and a batch of lines); no data: white. Neither
    // looks like the lowest class, which holds zero.
    EXPECT_GE(canvas.clips, 2);  // the area and its legend swatch
    const Colour suppressed = canvas.ring_fills[2].second, no_data = canvas.ring_fills[3].second;
    EXPECT_FALSE(same_colour(suppressed, no_data));
    EXPECT_FALSE(same_colour(suppressed, palette[0]));
    EXPECT_FALSE(same_colour(no_data, palette[0]));
    EXPECT_TRUE(same_colour(no_data, Colour{1, 1, 1, 1}));
}

TEST(MapPicture, LegendListsTheClassesTheSymbolsAndTheSuppressionThreshold) {
    test::RecordingCanvas canvas;
    auto scene = four_areas();
    scene.actors.push_back({{50, 50}, ContactCategory::resident, ""});
    scene.actors.push_back({{150, 50}, ContactCategory::place, "Huis van de Wijk"});
    draw_map(canvas, 842, 595, scene, share_options());
    EXPECT_TRUE(canvas.has_text("Legenda"));
    EXPECT_TRUE(canvas.has_text("t/m 10%"));
    EXPECT_TRUE(canvas.has_text("10% tot 40%"));
    EXPECT_TRUE(canvas.has_text("onderdrukt: minder dan 10 personen"));
    EXPECT_TRUE(canvas.has_text("geen gegevens"));
    EXPECT_TRUE(canvas.has_text(std::string(label_of(ContactCategory::resident, Language::nl))));
    EXPECT_TRUE(canvas.has_text(std::string(label_of(ContactCategory::place, Language::nl))));
    EXPECT_FALSE(canvas.has_text(std::string(label_of(ContactCategory::professional, Language::nl))));  // none drawn
    EXPECT_TRUE(canvas.has_text("Huis van de Wijk"));
    EXPECT_TRUE(canvas.has_text("N"));  // north arrow
    EXPECT_TRUE(canvas.has_text("Bronnen: test"));
    // The wrapped indicator name: every word there, no line wider than the legend.
    std::string heading;
    for (const auto& t : canvas.texts)
        if (t.style.bold && t.style.size == 8.5) heading += (heading.empty() ? "" : " ") + t.text;
    EXPECT_EQ(heading, "Aandeel bewoners zonder informele relatie");
}

TEST(MapPicture, ScaleBarShowsARoundLength) {
    test::RecordingCanvas canvas;
    draw_map(canvas, 842, 595, four_areas(), share_options());  // 400 m wide
    const bool round = canvas.has_text("50 m") || canvas.has_text("100 m") || canvas.has_text("25 m");
    EXPECT_TRUE(round);
}

TEST(MapPicture, TiesAreBatchedByStyleAndDuplicatesSkipped) {
    test::RecordingCanvas canvas;
    auto scene = four_areas();
    for (int i = 0; i < 500; ++i) scene.ties.push_back({{10, 10}, {390, 90}, MapTieClass::informal, false});  // one line, 500 times
    scene.ties.push_back({{20, 10}, {300, 50}, MapTieClass::informal, true});
    scene.ties.push_back({{30, 10}, {200, 50}, MapTieClass::formal, false});
    scene.ties.push_back({{40, 10}, {100, 50}, MapTieClass::conflict, true});  // conflict: one style, weak or not
    scene.ties.push_back({{50, 50}, {50.001, 50.001}, MapTieClass::formal, false});  // too short to show
    draw_map(canvas, 842, 595, scene, share_options());
    std::vector<std::size_t> sizes;
    std::size_t dashed = 0;
    for (const auto& [points, style] : canvas.segment_batches) {
        if (style.colour.alpha == 1.0 && style.width == 0.6) continue;  // the hatching, not ties
        sizes.push_back(points.size() / 2);
        dashed += !style.dashes.empty();
    }
    std::sort(sizes.begin(), sizes.end());
    EXPECT_EQ(sizes, (std::vector<std::size_t>{1, 1, 1, 1}));  // four styles, one segment each
    EXPECT_EQ(dashed, 1u);
    EXPECT_TRUE(canvas.has_text("conflict"));
    EXPECT_TRUE(canvas.has_text("informele relatie, zwak"));
}

/// A town of 10 km with 30,000 ties from a cluster in the south-west to one in the north-east:
/// long enough to be bundled on a dense map.
MapScene town_with_long_ties(bool weak) {
    MapScene scene;
    scene.areas.push_back({"Stad", {{{{0, 0}, {10000, 0}, {10000, 10000}, {0, 10000}}, {}}}, 0.5, false});
    for (int i = 0; i < 30000; ++i)
        scene.ties.push_back({{100.0 + i % 100 * 10, 100.0 + i / 100 * 10}, {9000.0 + i % 97 * 10, 6000.0 + i / 97 * 10},
                              MapTieClass::informal, weak});
    return scene;
}

TEST(MapPicture, ManyLongTiesAreBundledAndTheLegendSaysSo) {
    test::RecordingCanvas canvas;
    MapScene scene = town_with_long_ties(false);
    // And 10,000 short ones.
    for (int i = 0; i < 10000; ++i)
        scene.ties.push_back({{5000.0 + i % 100 * 10, 5000.0 + i / 100 * 10}, {5005.0 + i % 100 * 10, 5010.0 + i / 100 * 10},
                              MapTieClass::informal, false});
    draw_map(canvas, 4000, 4000, scene, share_options());  // large enough that no two ties coincide
    std::size_t drawn = 0;
    for (const auto& [points, style] : canvas.segment_batches)
        if (!(style.colour.alpha == 1.0 && style.width == 0.6)) drawn += points.size() / 2;
    EXPECT_LT(drawn, 11000u);  // the short ones, plus a few bundles for the 30,000 long ones
    EXPECT_GT(drawn, 5000u);
    EXPECT_TRUE(canvas.has_text("lange relaties gebundeld (8 of meer)"));
}

TEST(MapPicture, ALegendEntryOnlyForTieStylesStillDrawnAfterBundling) {
    test::RecordingCanvas canvas;
    // Every weak tie is long and ends up in a bundle; the short ones are normal.
    MapScene scene = town_with_long_ties(true);
    for (int i = 0; i < 100; ++i)
        scene.ties.push_back({{5000.0 + i * 10, 5000.0}, {5005.0 + i * 10, 5010.0}, MapTieClass::informal, false});
    draw_map(canvas, 4000, 4000, scene, share_options());
    EXPECT_TRUE(canvas.has_text("informele relatie"));
    EXPECT_FALSE(canvas.has_text("informele relatie, zwak"));
    EXPECT_TRUE(canvas.has_text("lange relaties gebundeld (8 of meer)"));
}

TEST(MapPicture, NamesKeepOffOtherSymbols) {
    test::RecordingCanvas canvas;
    MapScene scene = four_areas();
    // A place with a long name and volunteers crowded to its right, where the name would go.
    scene.actors.push_back({{150, 50}, ContactCategory::place, "Huis van de Wijk De Zonnewijzer"});
    for (int i = 1; i <= 6; ++i) scene.actors.push_back({{150.0 + i * 8, 50}, ContactCategory::volunteer, ""});
    draw_map(canvas, 842, 595, scene, share_options());
    const test::RecordingCanvas::Text* name = nullptr;
    for (const auto& t : canvas.texts)
        if (t.text == "Huis van de Wijk De Zonnewijzer") name = &t;
    ASSERT_NE(name, nullptr);
    const Rect box{name->top_left.x, name->top_left.y, 0.55 * name->style.size * static_cast<double>(name->text.size()),
                   1.2 * name->style.size};
    const auto volunteer = symbol_style(ContactCategory::volunteer).fill;
    std::size_t symbols = 0;
    for (const auto& fill : canvas.fills) {
        if (!(fill.colour == volunteer)) continue;
        ++symbols;
        double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
        for (const auto& p : fill.points) x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
        EXPECT_FALSE(box.overlaps({x0, y0, x1 - x0, y1 - y0})) << "the name covers a volunteer at " << x0 << "," << y0;
    }
    EXPECT_GE(symbols, 6u);  // the legend's swatch too
}

TEST(MapPicture, AreaLabelsNeverOverlap) {
    test::RecordingCanvas canvas;
    MapScene scene;
    for (int i = 0; i < 40; ++i) scene.areas.push_back({"Buurt met een lange naam " + std::to_string(i), square(i * 10.0, 0), 1.0, false});
    draw_map(canvas, 842, 595, scene, share_options());
    std::vector<Rect> labels;
    for (const auto& t : canvas.texts)
        if (t.text.rfind("Buurt met", 0) == 0)
            labels.push_back({t.top_left.x, t.top_left.y, 0.55 * t.style.size * static_cast<double>(t.text.size()), 1.2 * t.style.size});
    EXPECT_FALSE(labels.empty());
    for (std::size_t i = 0; i < labels.size(); ++i)
        for (std::size_t j = i + 1; j < labels.size(); ++j) EXPECT_FALSE(labels[i].overlaps(labels[j])) << i << " " << j;
}

}  // namespace
}  // namespace wijknet::render
