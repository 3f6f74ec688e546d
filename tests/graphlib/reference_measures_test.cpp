// SPDX-License-Identifier: MIT
// Network measures compared with networkx 2.8.8 and igraph 0.10.2 (tests/data/reference/, made by
// tests/fixtures/make_reference_measures.py) on the graphs networkx ships and on random graphs.
#include <gtest/gtest.h>

#include <boost/graph/betweenness_centrality.hpp>
#include <cmath>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <utility>

#include "test_paths.hpp"
#include "wijknet/analysis/betweenness.hpp"
#include "wijknet/analysis/contact_graph.hpp"
#include "wijknet/analysis/structural_holes.hpp"
#include "wijknet/analysis/structure.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/csv_table.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet {
namespace {

constexpr double tolerance = 1e-9;

CsvTable read_reference(const std::string& name) {
    const auto path = test::data_path("reference/" + name);
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    DiagnosticList problems;
    auto table = parse_csv(text.str(), path.string(), problems);
    EXPECT_TRUE(problems.empty()) << path;
    return table;
}

std::size_t column(const CsvTable& table, const std::string& name) {
    const auto found = std::find(table.header.begin(), table.header.end(), name);
    EXPECT_NE(found, table.header.end()) << name;
    return static_cast<std::size_t>(found - table.header.begin());
}

/// NaN where the reference leaves the field empty (isolated actors).
double number(const std::string& field) { return field.empty() ? std::nan("") : std::stod(field); }

void expect_near_or_both_nan(double actual, double expected, const std::string& what) {
    if (std::isnan(expected)) EXPECT_TRUE(std::isnan(actual)) << what << " = " << actual;
    else EXPECT_NEAR(actual, expected, tolerance) << what;
}

class ReferenceMeasures : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        network = load_network(test::data_path("graphml/" + GetParam() + ".graphml"));
        graph = contact_graph(network);
        nodes = read_reference(GetParam() + "_nodes.csv");
        ASSERT_EQ(nodes.records.size(), network.actor_count());
    }
    ActorIndex actor_of_row(std::size_t row) const {
        return *network.find_actor(nodes.records[row].fields[column(nodes, "id")]);
    }

    Network network;
    ContactGraph graph;
    CsvTable nodes;
};

TEST_P(ReferenceMeasures, Degree) {
    const auto col = column(nodes, "degree");
    for (std::size_t row = 0; row < nodes.records.size(); ++row)
        EXPECT_EQ(boost::out_degree(vertex_of(actor_of_row(row)), graph), std::stoul(nodes.records[row].fields[col]));
}

TEST_P(ReferenceMeasures, BetweennessRawAndNormalised) {
    const auto result = betweenness(graph);
    EXPECT_FALSE(result.sampled);
    const auto raw = column(nodes, "betweenness"), normalised = column(nodes, "betweenness_normalised");
    const auto igraph = column(nodes, "igraph_betweenness");
    for (std::size_t row = 0; row < nodes.records.size(); ++row) {
        const auto& fields = nodes.records[row].fields;
        const auto v = actor_of_row(row).value();
        EXPECT_NEAR(result.raw[v], std::stod(fields[raw]), tolerance) << fields[0];
        EXPECT_NEAR(result.raw[v], std::stod(fields[igraph]), tolerance) << fields[0];
        EXPECT_NEAR(result.normalised[v], std::stod(fields[normalised]), tolerance) << fields[0];
    }
}

TEST_P(ReferenceMeasures, BurtEffectiveSizeEfficiencyConstraint) {
    const auto holes = structural_holes(graph);
    const auto size = column(nodes, "effective_size"), efficiency = column(nodes, "efficiency");
    const auto constraint = column(nodes, "constraint"), igraph = column(nodes, "igraph_constraint");
    for (std::size_t row = 0; row < nodes.records.size(); ++row) {
        const auto& fields = nodes.records[row].fields;
        const auto& measured = holes[actor_of_row(row).value()];
        expect_near_or_both_nan(measured.effective_size, number(fields[size]), "effective size of " + fields[0]);
        if (!fields[efficiency].empty())
            expect_near_or_both_nan(measured.efficiency, number(fields[efficiency]), "efficiency of " + fields[0]);
        expect_near_or_both_nan(measured.constraint, number(fields[constraint]), "constraint of " + fields[0]);
        expect_near_or_both_nan(measured.constraint, number(fields[igraph]), "igraph constraint of " + fields[0]);
    }
}

TEST_P(ReferenceMeasures, CoreNumbers) {
    const auto core = core_numbers(graph);
    const auto col = column(nodes, "core_number");
    for (std::size_t row = 0; row < nodes.records.size(); ++row)
        EXPECT_EQ(core[actor_of_row(row).value()], std::stoul(nodes.records[row].fields[col])) << row;
}

TEST_P(ReferenceMeasures, ArticulationPoints) {
    const auto points = articulation_points(graph);
    const auto col = column(nodes, "articulation");
    std::size_t expected = 0;
    for (std::size_t row = 0; row < nodes.records.size(); ++row) {
        const bool is_point = nodes.records[row].fields[col] == "1";
        expected += is_point ? 1 : 0;
        EXPECT_EQ(std::binary_search(points.begin(), points.end(), actor_of_row(row)), is_point)
            << nodes.records[row].fields[0];
    }
    EXPECT_EQ(points.size(), expected);
}

TEST_P(ReferenceMeasures, Bridges) {
    const auto reference = read_reference(GetParam() + "_bridges.csv");
    std::set<std::pair<std::string, std::string>> expected, found;
    for (const auto& record : reference.records) {
        auto pair = std::minmax(record.fields[0], record.fields[1]);
        expected.emplace(pair.first, pair.second);
    }
    for (const auto& [a, b] : bridges(graph)) {
        auto pair = std::minmax(network.actor(a).id, network.actor(b).id);
        found.emplace(pair.first, pair.second);
    }
    EXPECT_EQ(found, expected);
}

INSTANTIATE_TEST_SUITE_P(NetworkxGraphs, ReferenceMeasures,
                         ::testing::Values("networkx_karate", "networkx_florentine", "networkx_lesmis",
                                           "networkx_davis", "random_gnp_200", "random_ba_500", "random_sparse_300"));

TEST(PublishedValues, KarateClubFromTheIgraphTutorial) {
    const Network network = load_network(test::data_path("graphml/networkx_karate.graphml"));
    const auto graph = contact_graph(network);
    const auto result = betweenness(graph);
    const auto top = std::max_element(result.raw.begin(), result.raw.end()) - result.raw.begin();
    EXPECT_EQ(network.actor(ActorIndex{static_cast<std::size_t>(top)}).id, "0");
    EXPECT_NEAR(result.raw[static_cast<std::size_t>(top)], 231.0714285714286, 1e-9);
    EXPECT_EQ(boost::out_degree(vertex_of(*network.find_actor("33")), graph), 17u);
}

TEST(Betweenness, SampledEstimateStaysWithinItsStatedBound) {
    const Network network = load_network(test::data_path("graphml/random_ba_500.graphml"));
    const auto graph = contact_graph(network);
    const auto exact = betweenness(graph);
    const auto sampled = betweenness(graph, {.exact_up_to = 100, .sampled_sources = 200, .seed = 5});
    ASSERT_TRUE(sampled.sampled);
    EXPECT_EQ(sampled.sources, 200u);
    EXPECT_GT(sampled.error_bound, 0.0);
    double worst = 0;
    for (std::size_t v = 0; v < exact.normalised.size(); ++v)
        worst = std::max(worst, std::abs(exact.normalised[v] - sampled.normalised[v]));
    EXPECT_LT(worst, sampled.error_bound);
}

// Large enough to be cut into pieces for every core (the graphs above make one piece), and
// checked against Boost's own Brandes, an implementation independent of wijknet's.
TEST(Betweenness, OnEveryCoreEqualsBoostsBrandesAndReportsProgress) {
    constexpr std::size_t n = 3000;
    ContactGraph graph(n);
    std::mt19937_64 random(7);
    std::set<std::pair<std::size_t, std::size_t>> edges;
    for (std::size_t v = 1; v < n; ++v)
        for (int k = 0; k < 3; ++k) {
            const std::size_t u = random() % v;
            if (edges.emplace(u, v).second) boost::add_edge(u, v, ContactEdge{1, edges.size() - 1}, graph);
        }
    std::vector<std::pair<std::size_t, std::size_t>> reports;
    BetweennessOptions options;
    options.progress = [&reports](std::size_t done, std::size_t sources) { reports.emplace_back(done, sources); };
    const auto result = betweenness(graph, options);

    std::vector<double> boost_values(n);
    boost::brandes_betweenness_centrality(
        graph, boost::make_iterator_property_map(boost_values.begin(), boost::get(boost::vertex_index, graph)));
    for (std::size_t v = 0; v < n; ++v)
        EXPECT_NEAR(result.raw[v], boost_values[v], 1e-9 * std::max(1.0, boost_values[v])) << v;

    ASSERT_FALSE(reports.empty());
    EXPECT_EQ(reports.back(), std::make_pair(n, n));
    EXPECT_LE(reports.size(), 101u) << "whole percents only";
    for (std::size_t i = 1; i < reports.size(); ++i) EXPECT_GT(reports[i].first, reports[i - 1].first);
}

TEST(ContactGraph, MergesParallelTiesAndFollowsDates) {
    const Network network = read_csv_pair_text("id,name,kind\na,A,resident\nb,B,resident\nc,C,resident\n",
                                               "source,target,kind,strength,since,until\n"
                                               "a,b,family,weak,,\n"
                                               "b,a,neighbour,strong,,\n"
                                               "a,c,friend,normal,2025-01-01,2025-06-30\n",
                                               "a", "t");
    const auto all = contact_graph(network);
    EXPECT_EQ(boost::num_edges(all), 2u) << "family and neighbour between a and b are one contact";
    const auto weighted = contact_graph(network, {.weighting = TieWeighting::by_strength});
    const auto [ab, found] = boost::edge(0, 1, weighted);
    ASSERT_TRUE(found);
    EXPECT_EQ(weighted[ab].weight, 3.0) << "the strongest of the pair's ties";
    EXPECT_EQ(boost::num_edges(contact_graph(network, {.at = Date::parse("2025-07-01")})), 1u);
}

}  // namespace
}  // namespace wijknet
