// SPDX-License-Identifier: MIT
// The whole-network drawing (`wijknet draw`), checked through what it asks the canvas to draw.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "recording_canvas.hpp"
#include "wijknet/render/network_picture.hpp"

namespace wijknet {
namespace {

using test::RecordingCanvas;

/// Anna → Bert read from a directed file (a Pajek arc), Bert — Cor without a direction.
Network three_people(bool directed) {
    Network network;
    const auto anna = network.add_actor({.id = "a", .name = "Anna", .kind = ActorKind::resident});
    const auto bert = network.add_actor({.id = "b", .name = "Bert", .kind = ActorKind::resident});
    const auto cor = network.add_actor({.id = "c", .name = "Cor", .kind = ActorKind::resident});
    Tie arc;
    arc.source = anna;
    arc.target = bert;
    network.add_tie(arc, directed ? Attributes{{"directed", "yes"}} : Attributes{});
    Tie edge;
    edge.source = bert;
    edge.target = cor;
    network.add_tie(edge);
    return network;
}

RecordingCanvas drawn(const Network& network) {
    RecordingCanvas canvas;
    const std::vector<ActorIndex> actors{ActorIndex{std::size_t{0}}, ActorIndex{std::size_t{1}}, ActorIndex{std::size_t{2}}};
    const std::vector<TieIndex> ties{TieIndex{std::size_t{0}}, TieIndex{std::size_t{1}}};
    const std::vector<render::Point> positions{{0, 0}, {100, 0}, {100, 100}};
    render::draw_network(canvas, 800, 600, network, actors, ties, positions, {});
    return canvas;
}

std::size_t triangles(const RecordingCanvas& canvas) {
    std::size_t count = 0;
    for (const auto& fill : canvas.fills) count += fill.points.size() == 3;
    return count;
}

bool has_text(const RecordingCanvas& canvas, const std::string& text) {
    for (const auto& shown : canvas.texts)
        if (shown.text == text) return true;
    return false;
}

// Two relations between one pair (UCINET's NM=2, a multiplex import): two lines, not one on the other.
TEST(NetworkPicture, SeveralTiesBetweenOnePairAreDrawnApart) {
    Network network = three_people(false);
    Tie advice;
    advice.source = ActorIndex{std::size_t{1}};  // Bert to Anna: the other way round
    advice.target = ActorIndex{std::size_t{0}};
    network.add_tie(advice, {{"relation", "advies"}});
    RecordingCanvas canvas;
    const std::vector<ActorIndex> actors{ActorIndex{std::size_t{0}}, ActorIndex{std::size_t{1}}, ActorIndex{std::size_t{2}}};
    const std::vector<TieIndex> ties{TieIndex{std::size_t{0}}, TieIndex{std::size_t{1}}, TieIndex{std::size_t{2}}};
    const std::vector<render::Point> positions{{0, 0}, {100, 0}, {100, 100}};
    render::draw_network(canvas, 800, 600, network, actors, ties, positions, {});
    // The strokes of the three ties come first, in their order; the legend's samples after.
    ASSERT_GE(canvas.strokes.size(), 3u);
    const auto middle = [](const std::vector<render::Point>& points) { return points[points.size() / 2]; };
    const auto& anna_bert = canvas.strokes[0].points;
    const auto& bert_anna = canvas.strokes[2].points;
    const auto& bert_cor = canvas.strokes[1].points;
    EXPECT_EQ(bert_cor.size(), 2u) << "a pair's only tie stays straight";
    EXPECT_GT(anna_bert.size(), 2u);
    EXPECT_GT(bert_anna.size(), 2u);
    const double apart = std::abs(middle(anna_bert).y - middle(bert_anna).y);
    EXPECT_GT(apart, 10.0) << "the two lines between Anna and Bert lie on either side of the straight one";
    // Both still end where Anna and Bert are.
    EXPECT_NEAR(anna_bert.front().x, bert_anna.back().x, 1e-9);
    EXPECT_NEAR(anna_bert.back().x, bert_anna.front().x, 1e-9);
    EXPECT_NEAR(anna_bert.front().y, anna_bert.back().y, 1e-9);
}

TEST(NetworkPicture, ADirectedTiePointsAtItsTargetAndTheLegendSaysSo) {
    const RecordingCanvas plain = drawn(three_people(false)), directed = drawn(three_people(true));
    EXPECT_EQ(triangles(directed), triangles(plain) + 2) << "one arrowhead on Anna's tie to Bert, one in the legend";
    EXPECT_TRUE(has_text(directed, "van bron naar doel"));
    EXPECT_FALSE(has_text(plain, "van bron naar doel")) << "no arrow, no legend entry";

    // The arrowhead's tip is on the line from Anna to Bert, just short of Bert's symbol.
    const auto& line = directed.strokes.front().points;
    ASSERT_EQ(line.size(), 2u);
    const render::Point anna = line.front(), bert = line.back();
    bool found = false;
    for (const auto& fill : directed.fills) {
        if (fill.points.size() != 3) continue;
        const render::Point point = fill.points.front();
        const double to_bert = std::hypot(point.x - bert.x, point.y - bert.y);
        const double off_line = std::abs((bert.x - anna.x) * (point.y - anna.y) - (bert.y - anna.y) * (point.x - anna.x)) /
                                std::hypot(bert.x - anna.x, bert.y - anna.y);
        found = found || (to_bert > 5 && to_bert < 8 && off_line < 0.01 && point.x < bert.x);
    }
    EXPECT_TRUE(found) << "no arrowhead points at Bert from Anna's side";
}

TEST(NetworkPicture, NamesNeverCoverEachOtherAndThoseLeftOutAreCounted) {
    // Thirty people in a tight cluster: not every name fits beside its symbol.
    Network network;
    std::vector<ActorIndex> actors;
    std::vector<render::Point> positions;
    for (int i = 0; i < 30; ++i) {
        actors.push_back(network.add_actor({.id = "r" + std::to_string(i), .name = "Bewoner met een lange naam " + std::to_string(i),
                                            .kind = ActorKind::resident}));
        positions.push_back({static_cast<double>(i % 6) * 3, static_cast<double>(i / 6) * 2});
    }
    positions.push_back({200, 200});  // one far away, so the cluster is small on the page
    actors.push_back(network.add_actor({.id = "far", .name = "Ver weg", .kind = ActorKind::resident}));
    RecordingCanvas canvas;
    render::draw_network(canvas, 800, 600, network, actors, {}, positions, {});
    std::vector<render::Rect> names;
    std::size_t counted = 0;
    for (const auto& text : canvas.texts) {
        if (text.text.starts_with("Bewoner met") || text.text == "Ver weg")
            names.push_back({text.top_left.x, text.top_left.y, 0.55 * text.style.size * static_cast<double>(text.text.size()), 1.2 * text.style.size});
        if (text.text.ends_with("namen weggelaten:")) counted = std::stoul(text.text);
    }
    for (std::size_t a = 0; a < names.size(); ++a)
        for (std::size_t b = a + 1; b < names.size(); ++b) EXPECT_FALSE(names[a].overlaps(names[b])) << a << " and " << b;
    EXPECT_GT(counted, 0u) << "the legend says how many names were left out";
    EXPECT_EQ(names.size() + counted, actors.size()) << "every name is drawn or counted";
}

}  // namespace
}  // namespace wijknet
