// SPDX-License-Identifier: MIT
// GML files as networkx and igraph write them (tests/fixtures/make_gml_fixtures.py), checked
// against what those libraries say when they read their own files (tests/data/gml/expected.json).
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <string>
#include <vector>

#include "expected_facts.hpp"
#include "reader_problems.hpp"
#include "test_paths.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/gml.hpp"
#include "wijknet/io/graphml.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet {
namespace {

boost::property_tree::ptree facts_of(const std::string& file) { return test::expected_facts("gml", file); }

template <class Value>
std::vector<Value> list_of(const boost::property_tree::ptree& list) {
    std::vector<Value> values;
    for (const auto& [key, value] : list) values.push_back(value.template get_value<Value>());
    return values;
}

class GmlWrittenByALibrary : public ::testing::TestWithParam<std::string> {};

TEST_P(GmlWrittenByALibrary, ReadsAsTheLibraryReadsItsOwnFile) {
    const auto facts = facts_of(GetParam());
    DiagnosticList warnings;
    const Network network = load_network(test::data_path("gml/" + GetParam()), &warnings);
    EXPECT_TRUE(warnings.empty());
    ASSERT_EQ(network.actor_count(), facts.get<std::size_t>("vertices"));
    ASSERT_EQ(network.tie_count(), facts.get<std::size_t>("edges"));

    std::vector<std::string> names;
    std::vector<std::size_t> degree;
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        names.push_back(network.actor(ActorIndex{i}).name);
        degree.push_back(network.ties_of(ActorIndex{i}).size());
    }
    EXPECT_EQ(names, list_of<std::string>(facts.get_child("names")));
    EXPECT_EQ(degree, list_of<std::size_t>(facts.get_child("degree")));

    std::vector<std::vector<std::string>> ties, expected_ties;
    for (const Tie& tie : network.ties()) ties.push_back({network.actor(tie.source).name, network.actor(tie.target).name});
    for (const auto& [key, tie] : facts.get_child("ties")) expected_ties.push_back(list_of<std::string>(tie));
    if (!facts.get<bool>("directed")) {
        // An undirected library may list a tie from either end.
        for (auto* list : {&ties, &expected_ties}) {
            for (auto& tie : *list) std::sort(tie.begin(), tie.end());
            std::sort(list->begin(), list->end());
        }
    }
    EXPECT_EQ(ties, expected_ties);
    for (std::size_t t = 0; t < network.tie_count(); ++t)
        EXPECT_EQ(find_attribute(network.tie_attributes(TieIndex{t}), "directed") != nullptr, facts.get<bool>("directed"));
}

INSTANTIATE_TEST_SUITE_P(Gml, GmlWrittenByALibrary,
                         ::testing::Values("networkx_karate.gml", "networkx_directed.gml", "igraph_karate.gml"),
                         [](const auto& file) { return std::string(file.param.substr(0, file.param.find('.'))); });

TEST(Gml, KeysFillFieldsOrAreKept) {
    const Network network = load_network(test::data_path("gml/networkx_directed.gml"));
    const Actor& anna = network.actor(*network.find_actor("0"));
    EXPECT_EQ(anna.name, "Anna Öztürk");
    EXPECT_EQ(anna.kind, ActorKind::resident);
    EXPECT_EQ(*find_attribute(anna.attributes, "age"), "81");
    const Actor& team = network.actor(*network.find_actor("1"));
    EXPECT_EQ(team.name, "Wijkteam \"Noord\"");
    EXPECT_EQ(team.kind, ActorKind::organisation);
    EXPECT_EQ(*find_attribute(team.attributes, "graphics.x"), "10.5");
    EXPECT_EQ(network.tie(TieIndex{std::size_t{0}}).kind, TieKind::care);
    EXPECT_EQ(*find_attribute(network.tie_attributes(TieIndex{std::size_t{0}}), "weight"), "2.5");
}

TEST(Gml, ALoopIsAWarningAndLeftOut) {
    DiagnosticList warnings;
    const Network network = read_gml_text(
        "graph [\n node [ id 1 ]\n node [ id 2 ]\n edge [ source 1 target 2 ]\n edge [ source 2 target 2 ]\n]\n", "loop.gml",
        &warnings);
    EXPECT_EQ(network.tie_count(), 1U);
    ASSERT_EQ(warnings.size(), 1U);
    EXPECT_EQ(warnings.items().front().to_string(), "loop.gml:5: ties node '2' to itself; left out");
}

std::vector<std::string> problems_of(const std::string& text) {
    return test::problems_shown([&text] { read_gml_text(text, "bad.gml"); });
}

TEST(Gml, ProblemsNameTheirLines) {
    EXPECT_EQ(problems_of("graph [\n node [ id 1 label \"Anna ]\n]\n"),
              (std::vector<std::string>{"bad.gml:2: has a string that is not closed (expected a closing \")"}));
    EXPECT_EQ(problems_of("graph [\n node [ id 1 ]\n node [\n label \"x\" ]\n"),
              (std::vector<std::string>{"bad.gml:1: has 'graph [' that is not closed (expected ] before the end of the file)",
                                        "bad.gml:3: has a node without an id (expected node [ id 1 ... ])"}));
    EXPECT_EQ(problems_of("graph [\n node [ id 1 kind \"ruimteschip\" ]\n node [ id 1 ]\n edge [ source 1 target 3 ]\n]"),
              (std::vector<std::string>{
                  "bad.gml:2: key 'kind' has unknown value 'ruimteschip' (expected resident/bewoner, professional, "
                  "volunteer/vrijwilliger, organisation/organisatie, place/plek, group/groep, unspecified/onbekend)",
                  "bad.gml:3: duplicate actor id '1' (first used on line 2; expected every id once)",
                  "bad.gml:4: tie names unknown actor '3' as its target (expected an id from the actors)"}));
    EXPECT_EQ(problems_of("Creator \"x\"\n"), (std::vector<std::string>{"bad.gml: has no graph [ ... ] (expected a GML graph)"}));
    EXPECT_EQ(problems_of("graph [ node [ id 1 label \"&#12;\" ] ]"),
              (std::vector<std::string>{"bad.gml:1: has a string holding what no text may hold: byte 0x0C is a control character (expected text)"}));
    EXPECT_EQ(problems_of(std::string(40, '[')), (std::vector<std::string>{"bad.gml:1: has no key before a value (expected key value, e.g. graph [ ... ])"}));
    std::string deep = "graph [ ";
    for (int i = 0; i < 40; ++i) deep += "a [ ";
    EXPECT_EQ(problems_of(deep), (std::vector<std::string>{"bad.gml:1: has lists nested deeper than 32 (expected a GML graph)"}));
}

TEST(Gml, StringsAreTrimmedAsCsvFieldsAre) {
    const Network network = read_gml_text("graph [ node [ id 1 label \" Anna\n\" club \"Mr. Hi \" ] ]", "trim.gml");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).name, "Anna");
    EXPECT_EQ(*find_attribute(network.actor(ActorIndex{std::size_t{0}}).attributes, "club"), "Mr. Hi");
}

TEST(Gml, AKeyLabelInAnotherCaseIsKeptThroughGraphml) {
    // Found by gml_fuzz: `laBel` was kept as an attribute, and GraphML, which took any `label` for
    // the name, dropped it on the way back; a GraphML file that names its nodes keeps its label.
    const Network network = read_gml_text("graph [ node [ id 1 laBel \"Wijkteam\" ] ]", "case.gml");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).name, "1");
    const Network back = read_graphml_text(graphml_text(network), "back.graphml");
    EXPECT_EQ(actors_csv_text(back), actors_csv_text(network));
}

TEST(Gml, EntitiesAreDecodedAndUnknownOnesKept) {
    const Network network = read_gml_text("graph [ node [ id 1 label \"a &amp; b &#x1F600; &nbsp; &#xD800;\" ] ]", "e.gml");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).name, "a & b \xF0\x9F\x98\x80 &nbsp; &#xD800;");
}

}  // namespace
}  // namespace wijknet
