// SPDX-License-Identifier: MIT
// Plain geometry: point in polygon, areas, interior points, the area index, generalisation, and
// the indicators per area with small numbers suppressed.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "wijknet/analysis/area_indicators.hpp"
#include "wijknet/geo/area_assignment.hpp"
#include "wijknet/geo/area_layer.hpp"
#include "wijknet/geo/generalise.hpp"

namespace wijknet {
namespace {

using geo::MapPoint;

geo::Polygon square(double x, double y, double side) {
    return {{{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}}, {}};
}

TEST(Geometry, PointInPolygonHonoursHoles) {
    geo::Polygon donut = square(0, 0, 10);
    donut.holes.push_back({{3, 3}, {7, 3}, {7, 7}, {3, 7}});
    const geo::Shape shape{donut};
    EXPECT_TRUE(geo::contains(shape, {1, 1}));
    EXPECT_FALSE(geo::contains(shape, {5, 5}));  // in the hole
    EXPECT_FALSE(geo::contains(shape, {11, 5}));
    EXPECT_DOUBLE_EQ(geo::area_of(shape), 100 - 16);
}

TEST(Geometry, ShapeOfTwoPartsContainsBoth) {
    const geo::Shape shape{square(0, 0, 1), square(5, 5, 1)};
    EXPECT_TRUE(geo::contains(shape, {0.5, 0.5}));
    EXPECT_TRUE(geo::contains(shape, {5.5, 5.5}));
    EXPECT_FALSE(geo::contains(shape, {3, 3}));
    const auto c = geo::centroid_of(shape);
    EXPECT_NEAR(c.x, 3.0, 1e-12);
    EXPECT_NEAR(c.y, 3.0, 1e-12);
}

TEST(Geometry, InteriorPointOfAConcaveShapeIsInside) {
    // A U: the centroid falls in the gap between the arms.
    const geo::Shape u{{{{0, 0}, {10, 0}, {10, 10}, {8, 10}, {8, 2}, {2, 2}, {2, 10}, {0, 10}}, {}}};
    EXPECT_FALSE(geo::contains(u, geo::centroid_of(u)));
    EXPECT_TRUE(geo::contains(u, geo::interior_point_of(u)));
}

TEST(AreaIndex, AgreesWithTestingEveryArea) {
    // Irregular quadrilaterals on a jittered grid, some overlapping the neighbours' boxes.
    std::mt19937 random(7);
    std::uniform_real_distribution<double> wobble(-30, 30);
    geo::AreaLayer layer;
    for (int row = 0; row < 12; ++row)
        for (int col = 0; col < 12; ++col) {
            const double x = col * 100.0, y = row * 100.0;
            layer.areas.push_back({"BU" + std::to_string(row * 12 + col), "",
                                   {{{{x + wobble(random), y + wobble(random)},
                                      {x + 100 + wobble(random), y + wobble(random)},
                                      {x + 100 + wobble(random), y + 100 + wobble(random)},
                                      {x + wobble(random), y + 100 + wobble(random)}},
                                     {}}}});
        }
    const geo::AreaIndex index(layer);
    std::uniform_real_distribution<double> anywhere(-100, 1300);
    int inside = 0;
    for (int i = 0; i < 20000; ++i) {
        const MapPoint p{anywhere(random), anywhere(random)};
        std::optional<std::size_t> expected;
        for (std::size_t a = 0; a < layer.areas.size() && !expected; ++a)
            if (geo::contains(layer.areas[a].shape, p)) expected = a;
        ASSERT_EQ(index.area_at(p), expected) << p.x << "," << p.y;
        inside += expected.has_value();
    }
    EXPECT_GT(inside, 10000);  // the test exercised both answers
    EXPECT_EQ(index.area_with_code("BU17"), 17u);
    EXPECT_FALSE(index.area_with_code("GM0000"));
}

TEST(Generalise, GridCellsAndCentroid) {
    const MapPoint home{155123.4, 463987.6};
    EXPECT_EQ(geo::generalise(home, geo::Generalisation::grid100, std::nullopt, 0), (MapPoint{155150, 463950}));
    EXPECT_EQ(geo::generalise(home, geo::Generalisation::grid500, std::nullopt, 0), (MapPoint{155250, 463750}));
    EXPECT_EQ(geo::generalise(home, geo::Generalisation::centroid, MapPoint{1, 2}, 0), (MapPoint{1, 2}));
    EXPECT_EQ(geo::generalise(home, geo::Generalisation::none, std::nullopt, 0), home);
}

TEST(Generalise, JitterMovesEveryoneAwayButNotFar) {
    const MapPoint home{155000, 463000};
    for (std::uint64_t seed : {0ull, 1ull, 0xffffffffffffffffull, 0x123456789abcdefull}) {
        const auto moved = geo::generalise(home, geo::Generalisation::jitter, std::nullopt, seed);
        const double d = std::hypot(moved.x - home.x, moved.y - home.y);
        EXPECT_GE(d, geo::jitter_radius * 0.2 - 1e-9);
        EXPECT_LE(d, geo::jitter_radius + 1e-9);
        EXPECT_EQ(moved, geo::generalise(home, geo::Generalisation::jitter, std::nullopt, seed));  // stable
    }
}

/// Two areas: "BU01" with 12 residents of whom 3 have no informal tie, "BU02" with 4 residents.
Network two_area_network() {
    Network network;
    const auto add_resident = [&](const std::string& id, const std::string& area) {
        Actor a;
        a.id = id;
        a.name = id;
        a.kind = ActorKind::resident;
        a.location.area_code = area;
        return network.add_actor(a);
    };
    std::vector<ActorIndex> first;
    for (int i = 0; i < 12; ++i) first.push_back(add_resident("a" + std::to_string(i), "BU01"));
    for (int i = 0; i < 4; ++i) add_resident("b" + std::to_string(i), "BU02");
    for (int i = 0; i + 1 < 9; ++i) {
        Tie t;
        t.source = first[static_cast<std::size_t>(i)];
        t.target = first[static_cast<std::size_t>(i + 1)];
        t.kind = TieKind::friendship;
        network.add_tie(t);
    }
    return network;
}

TEST(AreaIndicators, CountsAndSuppressesSmallNumbers) {
    const Network network = two_area_network();
    geo::AreaLayer layer;
    layer.areas.push_back({"BU01", "Eerste", {square(0, 0, 10)}});
    layer.areas.push_back({"BU02", "Tweede", {square(10, 0, 10)}});
    const geo::AreaIndex index(layer);
    const std::vector<std::optional<MapPoint>> no_positions(network.actor_count());
    const auto assignment = geo::assign_areas(network, no_positions, index);
    EXPECT_TRUE(assignment.unplaced.empty());
    const auto flags = isolated_residents(network);
    AreaIndicatorOptions options;
    options.policy.min_cell = 5;
    const auto rows = area_indicators(network, layer, assignment, no_positions, flags, options);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].residents.value(), 12u);
    EXPECT_TRUE(rows[0].isolated.suppressed());  // 3 < 5
    EXPECT_FALSE(rows[0].isolated_share);        // a share would give the count away
    EXPECT_EQ(rows[0].informal_ties.value(), 8u);
    EXPECT_TRUE(rows[1].residents.suppressed());  // 4 < 5
    EXPECT_TRUE(indicator_suppressed(rows[1], AreaIndicator::isolated_share));
    EXPECT_FALSE(indicator_value(rows[1], AreaIndicator::residents));

    options.policy.min_cell = 3;
    const auto looser = area_indicators(network, layer, assignment, no_positions, flags, options);
    EXPECT_EQ(looser[0].isolated.value(), 3u);
    EXPECT_DOUBLE_EQ(*looser[0].isolated_share, 3.0 / 12.0);
    EXPECT_EQ(looser[1].isolated.value(), 4u);
}

TEST(AreaAssignment, AnAreaCodeThatDisagreesWithTheCoordinatesIsListedAndTheCoordinatesUsed) {
    Network network;
    for (const auto& [id, code] : {std::pair{"agrees", "BU01"}, {"disagrees", "BU02"}, {"unknown_code", "BU99"}, {"no_code", ""}}) {
        Actor actor;
        actor.id = id;
        actor.kind = ActorKind::resident;
        actor.location.area_code = code;
        network.add_actor(actor);
    }
    geo::AreaLayer layer;
    layer.areas.push_back({"BU01", "Eerste", {square(0, 0, 10)}});
    layer.areas.push_back({"BU02", "Tweede", {square(10, 0, 10)}});
    const geo::AreaIndex index(layer);
    const std::vector<std::optional<MapPoint>> in_the_first(network.actor_count(), MapPoint{5, 5});
    const auto assignment = geo::assign_areas(network, in_the_first, index);
    EXPECT_EQ(assignment.code_disagrees, (std::vector<ActorIndex>{ActorIndex{std::size_t{1}}, ActorIndex{std::size_t{2}}}));
    for (const auto& area : assignment.area_of) EXPECT_EQ(area, std::optional<std::size_t>{0}) << "the coordinates are used";
}

TEST(AreaIndicators, NamesRoundTrip) {
    for (const auto name : {"residents", "isolated_share", "flagged_share", "distance_to_place"})
        EXPECT_EQ(name_of(*area_indicator_named(name)), name);
    EXPECT_FALSE(area_indicator_named("loneliness"));
}

}  // namespace
}  // namespace wijknet
