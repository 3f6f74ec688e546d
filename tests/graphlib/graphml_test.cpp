// SPDX-License-Identifier: MIT
#include "wijknet/io/graphml.hpp"

#include <gtest/gtest.h>

#include "test_paths.hpp"
#include "wijknet/analysis/network_summary.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet {
namespace {

// Counts from tests/data/graphml/expected.json, written by tests/fixtures/make_fixtures.py with
// networkx 2.8.8 and python-igraph 0.10.2.
struct Fixture {
    std::string file;
    std::size_t nodes, edges, components, isolated;
    std::vector<std::string> node_attributes;
    std::vector<std::string> edge_attributes;
};

void PrintTo(const Fixture& fixture, std::ostream* out) { *out << fixture.file; }

class ForeignGraphml : public ::testing::TestWithParam<Fixture> {};

TEST_P(ForeignGraphml, LoadsWithCountsAndAttributesKept) {
    const auto& fixture = GetParam();
    const Network network = load_network(test::data_path("graphml/" + fixture.file));
    const auto summary = summarise(network);
    EXPECT_EQ(network.actor_count(), fixture.nodes);
    EXPECT_EQ(network.tie_count(), fixture.edges);
    EXPECT_EQ(summary.components, fixture.components);
    EXPECT_EQ(summary.actors_without_ties.size(), fixture.isolated);
    for (const auto& name : fixture.node_attributes)
        EXPECT_NE(find_attribute(network.actor(ActorIndex{std::size_t{0}}).attributes, name), nullptr) << name;
    for (const auto& name : fixture.edge_attributes)
        EXPECT_NE(find_attribute(network.tie_attributes(TieIndex{std::size_t{0}}), name), nullptr) << name;
    for (const auto& actor : network.actors()) EXPECT_FALSE(actor.name.empty()) << actor.id;
}

INSTANTIATE_TEST_SUITE_P(
    NetworkxAndIgraph, ForeignGraphml,
    ::testing::Values(Fixture{"networkx_karate.graphml", 34, 78, 1, 0, {"club"}, {"weight"}},
                      Fixture{"networkx_florentine.graphml", 15, 20, 1, 0, {}, {}},
                      Fixture{"networkx_lesmis.graphml", 77, 254, 1, 0, {}, {"weight"}},
                      Fixture{"networkx_davis.graphml", 32, 89, 1, 0, {"bipartite"}, {}},
                      Fixture{"igraph_karate.graphml", 34, 78, 1, 0, {"club"}, {"weight"}},
                      Fixture{"igraph_florentine.graphml", 15, 20, 1, 0, {}, {}},
                      Fixture{"igraph_lesmis.graphml", 77, 254, 1, 0, {}, {"weight"}},
                      Fixture{"igraph_davis.graphml", 32, 89, 1, 0, {"bipartite"}, {}},
                      Fixture{"networkx_attributes.graphml", 8, 6, 3, 1, {}, {}}),
    [](const auto& test_param) { return test_param.param.file.substr(0, test_param.param.file.find('.')); });

TEST(Graphml, NetworkxAttributesKeepTextEscapesAndLabels) {
    const Network network = load_network(test::data_path("graphml/networkx_attributes.graphml"));
    const Actor& zoe = network.actor(*network.find_actor("zoe"));
    EXPECT_EQ(zoe.name, "Zoë") << "a Gephi/networkx label becomes the display name";
    EXPECT_EQ(*find_attribute(zoe.attributes, "age"), "41");
    const Actor& alice = network.actor(*network.find_actor("alice"));
    EXPECT_EQ(*find_attribute(alice.attributes, "note"), "likes <b>bold</b> & \"quotes\"");
    EXPECT_EQ(*find_attribute(alice.attributes, "active"), "True");
}

TEST(Graphml, ADirectedGraphStaysDirectedBothWays) {
    // networkx's DiGraph, written with edgedefault="directed".
    const Network directed = load_network(test::data_path("graphml/networkx_attributes.graphml"));
    for (std::size_t i = 0; i < directed.tie_count(); ++i)
        EXPECT_EQ(*find_attribute(directed.tie_attributes(TieIndex{i}), "directed"), "yes") << "tie " << i;
    EXPECT_NE(graphml_text(directed).find("edgedefault=\"directed\""), std::string::npos) << "written as a directed graph";

    // One arc among undirected edges: that edge says so itself.
    const std::string mixed = R"(<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
<node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b" directed="true"/><edge source="b" target="c"/>
</graph></graphml>)";
    const Network network = read_graphml_text(mixed, "mixed.graphml");
    EXPECT_EQ(*find_attribute(network.tie_attributes(TieIndex{std::size_t{0}}), "directed"), "yes");
    EXPECT_EQ(find_attribute(network.tie_attributes(TieIndex{std::size_t{1}}), "directed"), nullptr);
    const std::string written = graphml_text(network);
    EXPECT_NE(written.find("edgedefault=\"undirected\""), std::string::npos);
    EXPECT_NE(written.find("<edge source=\"a\" target=\"b\" directed=\"true\">"), std::string::npos);
    EXPECT_NE(written.find("<edge source=\"b\" target=\"c\">"), std::string::npos);
    EXPECT_EQ(ties_csv_text(read_graphml_text(written, "again.graphml")), ties_csv_text(network));
}

TEST(Graphml, EdgesMayComeBeforeTheirNodes) {
    // GraphML allows it. Ties are looked up in batches, with the last source remembered: that
    // memory must not outlive the nodes that come after. 40 edges fill more than one batch.
    std::string xml = R"(<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">)";
    for (int i = 0; i < 40; ++i) xml += "<edge source=\"a\" target=\"x" + std::to_string(i) + "\"/>";
    xml += "<node id=\"a\"/>";
    for (int i = 0; i < 40; ++i) xml += "<node id=\"x" + std::to_string(i) + "\"/>";
    xml += "</graph></graphml>";
    const Network network = read_graphml_text(xml, "late.graphml");
    EXPECT_EQ(network.actor_count(), 41u);
    EXPECT_EQ(network.tie_count(), 40u);
}

TEST(Graphml, IgraphNamesBecomeDisplayNames) {
    const Network network = load_network(test::data_path("graphml/igraph_florentine.graphml"));
    bool medici = false;
    for (const auto& actor : network.actors()) medici = medici || actor.name == "Medici";
    EXPECT_TRUE(medici);
}

TEST(Graphml, ReadsYedLabelsAndGephiLabels) {
    constexpr std::string_view yed = R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key attr.name="description" attr.type="string" for="node" id="d5"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d5">first</data><data key="d6"><y:ShapeNode><y:Geometry height="30" width="30" x="0" y="0"/>
      <y:NodeLabel alignment="center">Anna Appelboom</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Bram</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>)";
    const Network network = read_graphml_text(yed, "yed.graphml");
    ASSERT_EQ(network.actor_count(), 2u);
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).name, "Anna Appelboom");
    EXPECT_EQ(*find_attribute(network.actor(ActorIndex{std::size_t{0}}).attributes, "description"), "first");
    EXPECT_EQ(network.tie_count(), 1u);
}

TEST(Graphml, KeyDefaultsApplyOnlyWhereNotSet) {
    constexpr std::string_view xml = R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="node" attr.name="kind"><default>resident</default></key>
  <graph edgedefault="undirected">
    <node id="a"/>
    <node id="b"><data key="k">professional</data></node>
  </graph></graphml>)";
    const Network network = read_graphml_text(xml, "defaults.graphml");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).kind, ActorKind::resident);
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{1}}).kind, ActorKind::professional);
}

TEST(Graphml, GephiExportLoads) {
    const auto path = test::shared_data_path("graph_formats/gephi_graphml_quakers/quakers-network.graphml");
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared/data not present";
    const Network network = load_network(path);
    EXPECT_EQ(network.actor_count(), 96u);
    EXPECT_EQ(network.tie_count(), 162u);
    EXPECT_EQ(summarise(network).components, 1u);
}

// Gephi's drawing positions became free columns `x` and `y` beside the CSV pair's own, and
// wijknet refused the pair it had written ("column 'x' repeats column 'x").
TEST(Graphml, GephiDrawingPositionsAreKeptAsLayoutColumns) {
    const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key attr.name="x" attr.type="float" for="node" id="x"/>
<key attr.name="y" attr.type="float" for="node" id="y"/>
<graph edgedefault="undirected">
<node id="George Keith"><data key="x">74.20926</data><data key="y">-414.67795</data></node>
<node id="William Penn"><data key="x">1.5</data><data key="y">2</data></node>
<edge source="George Keith" target="William Penn"/>
</graph></graphml>)";
    const Network network = read_graphml_text(xml, "gephi.graphml");
    const Actor& keith = network.actor(ActorIndex{std::size_t{0}});
    EXPECT_FALSE(keith.location.point) << "a drawing position is not a place";
    EXPECT_EQ(keith.attributes, (Attributes{{"layout_x", "74.20926"}, {"layout_y", "-414.67795"}}));
    const std::string header = actors_csv_text(network).substr(0, actors_csv_text(network).find('\n'));
    EXPECT_EQ(header, "id,name,kind,pseudonym,x,y,crs,lon,lat,area,sector,organisation,client,layout_x,layout_y");
    const Network again = read_csv_pair_text(actors_csv_text(network), ties_csv_text(network), "actors.csv", "ties.csv");
    EXPECT_EQ(again.actor(ActorIndex{std::size_t{0}}), keith);
}

TEST(Graphml, GephiExportConvertsToAPairThatReadsBack) {
    const auto path = test::shared_data_path("graph_formats/gephi_graphml_quakers/quakers-network.graphml");
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared/data not present";
    const Network network = load_network(path);
    const Network again = read_csv_pair_text(actors_csv_text(network), ties_csv_text(network), "actors.csv", "ties.csv");
    EXPECT_EQ(again.actor_count(), 96u);
    EXPECT_EQ(again.tie_count(), 162u);
    for (std::size_t i = 0; i < network.actor_count(); ++i) EXPECT_EQ(again.actor(ActorIndex{i}), network.actor(ActorIndex{i}));
}

TEST(Graphml, BfMaierNetworkxExportMatchesPublishedCounts) {
    const auto path = test::shared_data_path("ego_networks/bfmaier_facebook_ego/bfmaier_anonymized_fb_network.graphml");
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared/data not present";
    const auto summary = summarise(load_network(path));
    EXPECT_EQ(summary.actors, 362u);
    EXPECT_EQ(summary.ties, 1988u);
    EXPECT_EQ(summary.components, 20u);
    EXPECT_EQ(summary.largest_component, 329u);
    EXPECT_EQ(summary.actors_without_ties.size(), 14u);
}

TEST(Graphml, OwnGraphmlRoundTripsEveryField) {
    const Network original = read_csv_pair_text(
        "id,naam,soort,x,y,crs,buurt,sector,organisatie,client,pseudoniem,hobby\n"
        "r1,Anna <&> \"A\",bewoner,151203.5,452110.25,EPSG:28992,BU99990101,familie,,ja,Bewoner 1,tuin\n"
        "p1,Piet Paraplu,professional,,,,,,o1,,,\n"
        "o1,Wijkteam,organisatie,5.1,52.1,EPSG:4326,,,,,,\n",
        "van,naar,soort,sterkte,lading,richting,steun,frequentie,sinds,tot,nabijheid,notitie\n"
        "p1,r1,zorg,zwak,conflict,naar_bron,PGAE,dagelijks,2024-01-01,2025-12-31,ver,\"twee\nregels\"\n"
        "p1,o1,dienstverband,,,,,,,,,\n",
        "a", "t");
    const Network again = read_graphml_text(graphml_text(original), "own.graphml");
    ASSERT_EQ(again.actor_count(), original.actor_count());
    ASSERT_EQ(again.tie_count(), original.tie_count());
    for (std::size_t i = 0; i < original.actor_count(); ++i)
        EXPECT_EQ(again.actor(ActorIndex{i}), original.actor(ActorIndex{i})) << i;
    for (std::size_t i = 0; i < original.tie_count(); ++i) {
        EXPECT_EQ(again.tie(TieIndex{i}), original.tie(TieIndex{i})) << i;
        EXPECT_EQ(again.tie_attributes(TieIndex{i}), original.tie_attributes(TieIndex{i})) << i;
    }
    ASSERT_EQ(original.tie_attributes(TieIndex{std::size_t{0}}).size(), 1u) << "the note";
    // And back to the CSV pair: byte for byte what the original writes.
    EXPECT_EQ(actors_csv_text(again), actors_csv_text(original));
    EXPECT_EQ(ties_csv_text(again), ties_csv_text(original));
}

}  // namespace
}  // namespace wijknet
