// SPDX-License-Identifier: MIT
#include "wijknet/render/graphviz_layout.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <utility>
#include <vector>

#include "wijknet/samples/zonnedal.hpp"

namespace wijknet::render {
namespace {

// The whole sample town, 422 actors and 1445 ties, in every engine `wijknet draw` offers: each
// actor gets a position of its own. dot had not finished it after ten minutes before its effort
// was bounded (graphviz_layout.cpp); CTest's time limit fails this test if that comes back.
TEST(GraphvizLayout, EveryEngineLaysOutTheWholeSampleTown) {
    const Network network = samples::zonnedal_network();
    std::vector<ActorIndex> actors;
    for (std::size_t i = 0; i < network.actor_count(); ++i) actors.push_back(ActorIndex{i});
    std::vector<TieIndex> ties;
    for (std::size_t i = 0; i < network.tie_count(); ++i) ties.push_back(TieIndex{i});
    const LayoutGraph graph = layout_graph_of(network, actors, ties);
    ASSERT_GT(graph.edges.size(), 1000u);
    for (const char* engine : {"neato", "fdp", "sfdp", "dot"}) {
        const auto positions = graphviz_layout(graph, engine);
        ASSERT_EQ(positions.size(), actors.size()) << engine;
        std::set<std::pair<double, double>> distinct;
        for (const Point& p : positions) {
            EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y)) << engine;
            distinct.emplace(p.x, p.y);
        }
        EXPECT_EQ(distinct.size(), positions.size()) << engine << ": actors on top of each other";
    }
}

}  // namespace
}  // namespace wijknet::render
