// SPDX-License-Identifier: MIT
// What an ecomap draws, checked through the recording canvas: Hartman's lines, arrows, marks,
// and a legend that lists exactly what the picture uses.
#include "wijknet/render/ecomap_picture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "recording_canvas.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/privacy/pseudonyms.hpp"
#include "wijknet/render/picture_file.hpp"
#include "wijknet/samples/zonnedal.hpp"

namespace wijknet::render {
namespace {

constexpr Colour conflict_red{200 / 255.0, 30 / 255.0, 30 / 255.0, 1};

Network network_of(std::string_view ties) {
    return read_csv_pair_text("id,name,kind,client\nc,Clara Client,resident,yes\nw,Wim Zwak,resident,\n"
                              "s,Sien Stress,resident,\nk,Kees Ruzie,resident,\np,Pim Pro,professional,\n"
                              "h,Hans Huis,resident,\n",
                              ties, "a", "t");
}

struct Drawn {
    test::RecordingCanvas canvas;
    EcomapLegend legend;
};

Drawn draw(const Network& network, EcomapPictureOptions options = {}) {
    Drawn drawn;
    const auto view = ego_network(network, *network.find_actor("c"));
    drawn.legend = draw_ecomap(drawn.canvas, 842, 595, network, view, options).legend;
    return drawn;
}

std::size_t strokes_where(const test::RecordingCanvas& canvas, auto&& predicate) {
    std::size_t n = 0;
    for (const auto& stroke : canvas.strokes) n += predicate(stroke) ? 1 : 0;
    return n;
}

TEST(EcomapPicture, WeakTiesAreDashedStressfulZigzagConflictRed) {
    const Network network = network_of(
        "source,target,kind,strength,valence\n"
        "c,w,friend,weak,\n"
        "c,s,neighbour,normal,stressful\n"
        "c,k,family,strong,conflict\n");
    const auto drawn = draw(network);
    const auto dashed = strokes_where(drawn.canvas, [](const auto& s) { return s.style.dashes == std::vector<double>{5.0, 3.5}; });
    EXPECT_EQ(dashed, 2u) << "the weak tie and its legend entry";
    const auto zigzags = strokes_where(drawn.canvas, [](const auto& s) { return s.points.size() > 4 && !s.closed; });
    EXPECT_GE(zigzags, 2u) << "the stressful tie and the conflict tie are zigzags";
    const auto red = strokes_where(drawn.canvas, [](const auto& s) { return s.style.colour == conflict_red; });
    EXPECT_EQ(red, 2u) << "the conflict tie and its legend entry";
    EXPECT_EQ(drawn.legend.patterns, (std::vector<LinePattern>{LinePattern::dashed, LinePattern::zigzag}));
    EXPECT_TRUE(drawn.legend.conflict);
    EXPECT_TRUE(drawn.canvas.has_text("zwak contact"));
    EXPECT_TRUE(drawn.canvas.has_text("belastend contact"));
    EXPECT_TRUE(drawn.canvas.has_text("conflict"));
    EXPECT_FALSE(drawn.canvas.has_text("sterk of normaal contact")) << "no solid line in this picture";
    EXPECT_FALSE(drawn.canvas.has_text("steun gaat in pijlrichting")) << "no arrows in this picture";
}

// The legend shows each line as the picture draws it: a weak conflict is red and dashed, so its
// entry is red and dashed too, and the picture lists no black dashed line nor any zigzag.
TEST(EcomapPicture, AWeakConflictIsListedRedAndDashedAndNothingElse) {
    const Network network = network_of(
        "source,target,kind,strength,valence\n"
        "c,w,friend,weak,conflict\n"
        "c,s,neighbour,normal,\n");
    const auto drawn = draw(network);
    const auto red_dashed = strokes_where(drawn.canvas, [](const auto& s) {
        return s.style.colour == conflict_red && s.style.dashes == std::vector<double>{5.0, 3.5};
    });
    EXPECT_EQ(red_dashed, 2u) << "the conflict tie and its legend entry";
    const auto red = strokes_where(drawn.canvas, [](const auto& s) { return s.style.colour == conflict_red; });
    EXPECT_EQ(red, red_dashed) << "no red zigzag";
    EXPECT_EQ(drawn.legend.conflict_patterns, std::vector<LinePattern>{LinePattern::dashed});
    EXPECT_EQ(drawn.legend.patterns, std::vector<LinePattern>{LinePattern::solid});
    EXPECT_TRUE(drawn.canvas.has_text("conflict, zwak contact"));
    EXPECT_FALSE(drawn.canvas.has_text("zwak contact")) << "no black dashed line in this picture";
    EXPECT_FALSE(drawn.canvas.has_text("belastend contact"));
}

// The plain conflict is listed first; its weak form reads as a qualification of it.
TEST(EcomapPicture, TheLegendListsAConflictBeforeAWeakConflict) {
    const Network network = network_of(
        "source,target,kind,strength,valence\n"
        "c,w,friend,weak,conflict\n"
        "c,k,family,strong,conflict\n");
    const auto drawn = draw(network);
    EXPECT_EQ(drawn.legend.conflict_patterns, (std::vector<LinePattern>{LinePattern::zigzag, LinePattern::dashed}));
    const auto position_of = [&](std::string_view text) {
        const auto& texts = drawn.canvas.texts;
        return std::find_if(texts.begin(), texts.end(), [&](const auto& t) { return t.text == text; }) - texts.begin();
    };
    ASSERT_LT(position_of("conflict, zwak contact"), static_cast<long>(drawn.canvas.texts.size()));
    EXPECT_LT(position_of("conflict"), position_of("conflict, zwak contact"));
}

TEST(EcomapPicture, ArrowheadsFollowTheDirectionOfSupport) {
    const auto count_arrowheads = [](const Drawn& drawn) {
        std::size_t n = 0;
        for (const auto& fill : drawn.canvas.fills) n += fill.points.size() == 3 ? 1 : 0;
        return n;
    };
    const auto none = draw(network_of("source,target,kind\nc,h,household\n"));
    const auto one = draw(network_of("source,target,kind,direction\nh,c,household,to_target\n"));
    const auto both = draw(network_of("source,target,kind,direction\nh,c,household,both\n"));
    EXPECT_EQ(count_arrowheads(none), 0u);
    EXPECT_EQ(count_arrowheads(one), 2u) << "one on the line, one in the legend";
    EXPECT_EQ(count_arrowheads(both), 3u) << "two on the line, one in the legend";
    EXPECT_TRUE(one.legend.arrows);
}

TEST(EcomapPicture, SupportMarksAndDoubleLines) {
    const auto drawn = draw(network_of("source,target,kind,support\nc,h,household,PGE\nc,p,care,A\n"));
    EXPECT_TRUE(drawn.canvas.has_text("PGE"));
    EXPECT_TRUE(drawn.canvas.has_text("A"));
    EXPECT_TRUE(drawn.legend.support_marks);
    EXPECT_TRUE(drawn.legend.double_lines) << "Hans gives three kinds of support";
    EXPECT_TRUE(drawn.canvas.has_text("emotioneel"));
}

// A strong tie with several kinds of support is drawn as a heavier double line, never as the
// thick single line; the legend shows it as drawn.
TEST(EcomapPicture, AStrongDoubleLineIsListedAsDrawn) {
    const auto width_of_strokes = [](const test::RecordingCanvas& canvas) {
        std::vector<double> widths;
        for (const auto& stroke : canvas.strokes) widths.push_back(stroke.style.width);
        return widths;
    };
    const auto thick = std::vector<double>{3.0};
    const auto only_double = draw(network_of("source,target,kind,strength,support\nc,h,household,strong,PG\n"));
    EXPECT_FALSE(only_double.legend.thick_lines);
    EXPECT_TRUE(only_double.legend.thick_double_lines);
    EXPECT_TRUE(only_double.canvas.has_text("dik = sterk contact"));
    const auto widths = width_of_strokes(only_double.canvas);
    EXPECT_EQ(std::count(widths.begin(), widths.end(), 3.0), 0) << "no thick single line, in the picture or its legend";
    const auto near = [](double wanted) { return [wanted](double width) { return std::abs(width - wanted) < 1e-9; }; };
    EXPECT_EQ(std::count_if(widths.begin(), widths.end(), near(3.0 * 0.6)), 5)
        << "the tie's two strokes, the two of the legend's sample of it, and the legend's solid line (1.8)";

    const auto both = draw(network_of("source,target,kind,strength,support\nc,h,household,strong,PG\nc,w,friend,strong,\n"));
    EXPECT_TRUE(both.legend.thick_lines);
    const auto both_widths = width_of_strokes(both.canvas);
    EXPECT_EQ(std::count(both_widths.begin(), both_widths.end(), 3.0), 2) << "the single thick tie and its legend entry";

    const auto normal = draw(network_of("source,target,kind,support\nc,h,household,PG\n"));
    EXPECT_FALSE(normal.legend.thick_lines || normal.legend.thick_double_lines);
    EXPECT_FALSE(normal.canvas.has_text("dik = sterk contact"));
}

TEST(EcomapPicture, SupportMarksStayClearOfNamesAndOtherMarksInACrowd) {
    // Every tie carries support marks; none may cover a contact's name or another mark.
    const char* kinds[] = {"household", "family", "friend", "neighbour", "colleague", "care", "volunteer_help"};
    const char* supports[] = {"PGAE", "P", "GE", "A", "PG", "E", "PGA"};
    for (const int contacts : {20, 40, 60}) {
        std::string actors = "id,name,kind,client\nc,Clara Client,resident,yes\n";
        std::string ties = "source,target,kind,support\n";
        std::vector<std::string> names;
        for (int i = 0; i < contacts; ++i) {
            names.push_back("Contact" + std::to_string(i) + (i % 2 ? " Achternaam" : ""));
            actors += "a" + std::to_string(i) + "," + names.back() + "," + (i % 7 == 5 ? "professional" : "resident") + ",\n";
            ties += "c,a" + std::to_string(i) + "," + kinds[i % 7] + "," + supports[(i * 3) % 7] + "\n";
        }
        const Network network = read_csv_pair_text(actors, ties, "a", "t");
        test::RecordingCanvas canvas;
        draw_ecomap(canvas, 842, 595, network, ego_network(network, *network.find_actor("c")), {});
        const auto box_of = [&canvas](const test::RecordingCanvas::Text& text) {
            const auto extent = canvas.measure_text(text.text, text.style);
            return Rect{text.top_left.x, text.top_left.y, extent.width, extent.height};
        };
        std::vector<Rect> marks, labels;
        for (const auto& text : canvas.texts) {
            const bool mark = text.style.size == 6.5 && text.text.find_first_not_of("PGAE") == std::string::npos;
            if (mark) marks.push_back(box_of(text));
            else if (std::find(names.begin(), names.end(), text.text) != names.end()) labels.push_back(box_of(text));
        }
        ASSERT_EQ(marks.size(), static_cast<std::size_t>(contacts));
        ASSERT_EQ(labels.size(), static_cast<std::size_t>(contacts));
        std::size_t covered = 0;
        for (std::size_t m = 0; m < marks.size(); ++m) {
            for (const auto& label : labels) covered += marks[m].overlaps(label) ? 1 : 0;
            for (std::size_t other = m + 1; other < marks.size(); ++other) covered += marks[m].overlaps(marks[other]) ? 1 : 0;
        }
        EXPECT_EQ(covered, 0u) << contacts << " contacts";
    }
}

// Names are drawn within the boxes the layout kept clear for them, also when the page is small
// and a font's rounded advances make text drawn smaller wider than the layout's measure scaled.
TEST(EcomapPicture, NamesFitTheirBoxesAtTheSizeTheyAreDrawn) {
    std::string actors = "id,name,kind,organisation,client\nc,Clara Client,resident,,yes\no,Stichting Welzijn,organisation,,\n";
    std::string ties = "source,target,kind\n";
    std::vector<std::string> names{"Clara Client"};
    for (int i = 0; i < 30; ++i) {
        names.push_back("Contact" + std::to_string(i) + (i % 2 ? " Achternaam" : ""));
        actors += "a" + std::to_string(i) + "," + names.back() + "," + (i % 5 == 0 ? "professional,o" : "resident,") + ",\n";
        ties += "c,a" + std::to_string(i) + "," + (i % 5 == 0 ? "care" : "friend") + "\n";
    }
    const Network network = read_csv_pair_text(actors, ties, "a", "t");
    for (const double page_width : {842.0, 595.0}) {
        test::RecordingCanvas canvas;
        canvas.advance_step = 0.25;
        draw_ecomap(canvas, page_width, page_width * 595 / 842, network, ego_network(network, *network.find_actor("c")), {});
        std::size_t names_drawn = 0;
        for (const auto& text : canvas.texts) {
            if (std::none_of(names.begin(), names.end(), [&](const std::string& name) { return text.text.starts_with(name); }))
                continue;
            ++names_drawn;
            // Its backdrop: the pale field drawn for it, 1 wider at each side than its box.
            const auto backdrop = std::find_if(canvas.fills.begin(), canvas.fills.end(), [&](const auto& fill) {
                return fill.points.size() == 4 && std::abs(fill.points[0].x + 1 - text.top_left.x) < 1e-9 &&
                       std::abs(fill.points[0].y - text.top_left.y) < 1e-9;
            });
            ASSERT_NE(backdrop, canvas.fills.end()) << text.text;
            const double box_width = backdrop->points[1].x - backdrop->points[0].x - 2;
            EXPECT_LE(canvas.measure_text(text.text, text.style).width, box_width + 1e-9) << text.text << " on " << page_width;
        }
        EXPECT_EQ(names_drawn, names.size());
    }
}

TEST(EcomapPicture, LegendListsOnlyTheSymbolsUsed) {
    const auto drawn = draw(network_of("source,target,kind\nc,h,household\nc,p,care\n"));
    EXPECT_EQ(drawn.legend.categories, (std::vector<ContactCategory>{ContactCategory::family, ContactCategory::professional}));
    EXPECT_TRUE(drawn.canvas.has_text("familie en huishouden"));
    EXPECT_TRUE(drawn.canvas.has_text("professionals"));
    EXPECT_FALSE(drawn.canvas.has_text("buren"));
}

TEST(EcomapPicture, EnglishAndPseudonymised) {
    const Network network = network_of("source,target,kind\nc,h,household\n");
    const Pseudonymiser pseudonyms("sleutel");
    EcomapPictureOptions options;
    options.language = Language::en;
    options.name_of = [&](ActorIndex a) { return pseudonyms.pseudonym(network.actor(a), false); };
    const auto drawn = draw(network, options);
    for (const auto& text : drawn.canvas.texts) {
        EXPECT_EQ(text.text.find("Clara"), std::string::npos) << text.text;
        EXPECT_EQ(text.text.find("Hans"), std::string::npos) << text.text;
    }
    EXPECT_TRUE(drawn.canvas.has_text("Legend"));
    EXPECT_TRUE(drawn.canvas.has_text(pseudonyms.pseudonym(network.actor(*network.find_actor("h")), false)));
}

TEST(EcomapPicture, SubtitleWithAndWithoutADate) {
    const Network network = network_of("source,target,kind\nc,h,household\nc,w,friend\n");
    EXPECT_TRUE(draw(network).canvas.has_text("2 contacten  ·  sectoren: wijknet"))
        << "without a date the line starts at the count";
    EcomapPictureOptions options;
    options.date_text = "op 1 juni 2025";
    EXPECT_TRUE(draw(network, options).canvas.has_text("op 1 juni 2025  ·  2 contacten  ·  sectoren: wijknet"));
}

TEST(EcomapPicture, ChangeBetweenTwoDaysIsMarkedAndCounted) {
    const Network network = network_of("source,target,kind,since,until\nc,h,household,,\nc,w,friend,,2024-12-31\n"
                                       "c,s,neighbour,2025-01-01,\nc,k,family,2025-02-01,\n");
    EcomapPictureOptions options;
    options.gained = {TieIndex{std::size_t{2}}, TieIndex{std::size_t{3}}};
    options.lost = {TieIndex{std::size_t{1}}};
    const auto drawn = draw(network, options);
    EXPECT_EQ(drawn.legend.gained, 2u);
    EXPECT_EQ(drawn.legend.lost, 1u);
    EXPECT_TRUE(drawn.canvas.has_text("nieuw contact (2)"));
    EXPECT_TRUE(drawn.canvas.has_text("contact verdwenen (1)"));
    std::size_t plus = 0;
    for (const auto& text : drawn.canvas.texts) plus += text.text == "+" ? 1 : 0;
    EXPECT_EQ(plus, 2u);
}

TEST(EcomapPicture, ProfessionalsShowTheirOrganisation) {
    const Network network = read_csv_pair_text(
        "id,name,kind,client,organisation\nc,Clara Client,resident,yes,\np,Pim Pro,professional,,o\no,Wijkteam,organisation,,\n",
        "source,target,kind\nc,p,care\np,o,employment\n", "a", "t");
    const auto drawn = draw(network);
    EXPECT_TRUE(drawn.canvas.has_text("Pim Pro\nWijkteam"));
}

TEST(EcomapPicture, EveryTieEndsOnItsContactsSymbols) {
    const Network network = network_of("source,target,kind,strength\nc,h,household,strong\nc,w,friend,weak\n"
                                       "c,p,care,\nc,s,neighbour,\nh,w,friend,\n");
    const auto drawn = draw(network);
    // Symbol centres: circles, and the centroid of each coloured outline (arrowheads are dark,
    // the boxes behind names and marks white).
    std::vector<Point> centres;
    for (const auto& circle : drawn.canvas.circles) centres.push_back(circle.centre);
    for (const auto& fill : drawn.canvas.fills) {
        const bool dark = fill.colour.red < 0.3 && fill.colour.green < 0.3 && fill.colour.blue < 0.3;
        if (dark || fill.colour.red == 1.0) continue;
        Point c{0, 0};
        for (const auto& p : fill.points) c = {c.x + p.x, c.y + p.y};
        centres.push_back({c.x / static_cast<double>(fill.points.size()), c.y / static_cast<double>(fill.points.size())});
    }
    const double legend_left = 842 - 28 - 200;
    std::size_t lines = 0;
    for (const auto& stroke : drawn.canvas.strokes) {
        if (stroke.closed || stroke.points.size() != 2 || stroke.points[0].x >= legend_left) continue;
        if (stroke.style.colour == Colour{0.86, 0.86, 0.86, 1}) continue;  // sector dividers
        ++lines;
        for (const auto& end : {stroke.points.front(), stroke.points.back()}) {
            double nearest = 1e9;
            for (const auto& c : centres) nearest = std::min(nearest, std::hypot(c.x - end.x, c.y - end.y));
            EXPECT_LT(nearest, 30.0) << "a line ends away from any symbol at " << end.x << ", " << end.y;
        }
    }
    EXPECT_GE(lines, 4u);
}

// Every client of the sample drawn on every core from one network, whose graph is built by
// whichever picture asks first: each is the ecomap drawn alone.
TEST(EcomapPicture, CaseloadDrawnOnEveryCoreIsTheCaseloadDrawnOneByOne) {
    const test::ScratchDir scratch;
    const Network network = samples::zonnedal_network();
    std::vector<ActorIndex> clients;
    for (std::size_t i = 0; i < network.actor_count(); ++i)
        if (network.actor(ActorIndex{i}).is_client) clients.push_back(ActorIndex{i});
    ASSERT_GT(clients.size(), 10u);
    const PictureSize size{.width = 842, .height = 595, .dpi = 24};
    const auto draw = [&](std::size_t i, Canvas& canvas) {
        draw_ecomap(canvas, size.width, size.height, network, ego_network(network, clients[i]), {});
    };
    const auto path = [&](std::string_view how, std::size_t i) {
        return scratch.path() / (std::string(how) + "-" + network.actor(clients[i]).id + ".png");
    };
    draw_picture_files(clients.size(), size, [&](std::size_t i) { return path("at-once", i); }, draw);
    for (std::size_t i = 0; i < clients.size(); ++i) {
        draw_picture_file(path("alone", i), size, [&](Canvas& canvas) { draw(i, canvas); });
        EXPECT_EQ(test::read_file(path("at-once", i)), test::read_file(path("alone", i))) << network.actor(clients[i]).id;
    }
}

}  // namespace
}  // namespace wijknet::render
