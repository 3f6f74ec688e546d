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

}  // namespace
}  // namespace wijknet
