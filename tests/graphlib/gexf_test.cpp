// SPDX-License-Identifier: MIT
// GEXF as Gephi 0.9 and networkx write it (tests/fixtures/make_gexf_fixtures.py), checked against
// the counts ElementTree takes of the same files (tests/data/gexf/expected.json), and wijknet's own
// GEXF read back.
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <string>
#include <vector>

#include "expected_facts.hpp"
#include "reader_problems.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/gexf.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/samples/zonnedal.hpp"

namespace wijknet {
namespace {

boost::property_tree::ptree facts_of(const std::string& file) { return test::expected_facts("gexf", file); }

using Path = boost::property_tree::ptree::path_type;

class GexfWrittenByATool : public ::testing::TestWithParam<std::string> {};

TEST_P(GexfWrittenByATool, KeepsWhatTheFileHolds) {
    const auto facts = facts_of(GetParam());
    DiagnosticList warnings;
    const Network network = load_network(test::data_path("gexf/" + GetParam()), &warnings);
    EXPECT_TRUE(warnings.empty());
    ASSERT_EQ(network.actor_count(), facts.get<std::size_t>("vertices"));
    ASSERT_EQ(network.tie_count(), facts.get<std::size_t>("edges"));
    for (const auto& [id, label] : facts.get_child("labels")) {
        const Actor& actor = network.actor(*network.find_actor(id));
        EXPECT_EQ(actor.name, label.get_value<std::string>());
        for (const auto& [title, value] : facts.get_child(Path("node_values/" + id, '/'))) {
            if (title == "kind") EXPECT_EQ(name_of(actor.kind), value.get_value<std::string>());
            else EXPECT_EQ(*find_attribute(actor.attributes, title), value.get_value<std::string>()) << id << " " << title;
        }
    }
    for (const auto& [id, x] : facts.get_child("x"))
        EXPECT_EQ(*find_attribute(network.actor(*network.find_actor(id)).attributes, "layout_x"), x.get_value<std::string>());
    std::size_t t = 0;
    for (const auto& [key, tie_facts] : facts.get_child("ties")) {
        std::vector<std::string> parts;
        for (const auto& [k, part] : tie_facts) parts.push_back(part.get_value<std::string>());
        const Tie& tie = network.tie(TieIndex{t});
        const auto& attributes = network.tie_attributes(TieIndex{t});
        EXPECT_EQ(network.actor(tie.source).id, parts[0]) << "tie " << t;
        EXPECT_EQ(network.actor(tie.target).id, parts[1]) << "tie " << t;
        const auto* weight = find_attribute(attributes, "weight");
        EXPECT_EQ(weight ? *weight : "", parts[2]) << "tie " << t;
        EXPECT_EQ(tie.since ? tie.since->to_string() : "", parts[3]) << "tie " << t;
        EXPECT_EQ(tie.until ? tie.until->to_string() : "", parts[4]) << "tie " << t;
        EXPECT_EQ(find_attribute(attributes, "directed") != nullptr, facts.get<bool>("directed")) << "tie " << t;
        ++t;
    }
}

INSTANTIATE_TEST_SUITE_P(GephiAndNetworkx, GexfWrittenByATool,
                         ::testing::Values("gephi_lesmiserables.gexf", "networkx_karate.gexf", "networkx_dated_directed.gexf"),
                         [](const auto& file) { return std::string(file.param.substr(0, file.param.find('.'))); });

TEST(Gexf, NetworkxCountsTheKarateClubsEdgesAsWijknetDoes) {
    const auto facts = facts_of("networkx_karate.gexf");
    EXPECT_EQ(load_network(test::data_path("gexf/networkx_karate.gexf")).tie_count(), facts.get<std::size_t>("networkx_edges"));
}

TEST(Gexf, WhatWijknetWritesReadsBackEqual) {
    const Network sample = samples::zonnedal_network();
    const Network back = read_gexf_text(gexf_text(sample), "sample.gexf");
    EXPECT_TRUE(actors_csv_text(back) == actors_csv_text(sample));
    EXPECT_TRUE(ties_csv_text(back) == ties_csv_text(sample));
}

TEST(Gexf, AttributesAreTypedWhenEveryValueFitsAndDatesAreSpells) {
    const Network network = read_gexf_text(
        "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph defaultedgetype=\"undirected\">"
        "<attributes class=\"node\"><attribute id=\"a\" title=\"age\" type=\"long\"/><attribute id=\"s\" title=\"score\" type=\"float\"/>"
        "<attribute id=\"m\" title=\"member\" type=\"boolean\"><default>false</default></attribute></attributes>"
        "<nodes><node id=\"1\" label=\"Anna\"><attvalues><attvalue for=\"a\" value=\"81\"/><attvalue for=\"s\" value=\"2.5\"/></attvalues></node>"
        "<node id=\"2\" label=\"Cor\"><attvalues><attvalue for=\"a\" value=\"7\"/><attvalue for=\"s\" value=\"3\"/><attvalue for=\"m\" value=\"true\"/></attvalues></node></nodes>"
        "<edges><edge source=\"1\" target=\"2\"><spells><spell start=\"2024-01-01\" end=\"2024-02-01\"/><spell start=\"2024-05-01\"/></spells></edge></edges>"
        "</graph></gexf>",
        "typed.gexf");
    EXPECT_EQ(*find_attribute(network.actor(ActorIndex{std::size_t{0}}).attributes, "member"), "false");
    EXPECT_EQ(network.tie(TieIndex{std::size_t{0}}).since->to_string(), "2024-01-01");
    const std::string written = gexf_text(network);
    EXPECT_NE(written.find("title=\"age\" type=\"long\""), std::string::npos) << written;
    EXPECT_NE(written.find("title=\"score\" type=\"double\""), std::string::npos) << written;
    EXPECT_NE(written.find("title=\"member\" type=\"boolean\""), std::string::npos) << written;
    EXPECT_NE(written.find("start=\"2024-01-01\""), std::string::npos) << written;
    EXPECT_NE(written.find("mode=\"dynamic\" timeformat=\"date\""), std::string::npos) << written;
}

TEST(Gexf, ALoopIsAWarningAndLeftOut) {
    DiagnosticList warnings;
    const Network network = read_gexf_text(
        "<gexf><graph>\n<nodes><node id=\"a\"/><node id=\"b\"/></nodes>\n<edges><edge source=\"a\" target=\"b\"/>\n"
        "<edge source=\"b\" target=\"b\"/></edges></graph></gexf>",
        "loop.gexf", &warnings);
    EXPECT_EQ(network.tie_count(), 1U);
    EXPECT_EQ(*find_attribute(network.tie_attributes(TieIndex{std::size_t{0}}), "directed"), "yes") << "GEXF's default";
    ASSERT_EQ(warnings.size(), 1U);
    EXPECT_EQ(warnings.items().front().to_string(), "loop.gexf:4: ties node 'b' to itself; left out");
}

std::vector<std::string> problems_of(const std::string& text) {
    return test::problems_shown([&text] { read_gexf_text(text, "bad.gexf"); });
}

TEST(Gexf, ProblemsNameTheirLines) {
    EXPECT_EQ(problems_of("<graphml/>"), (std::vector<std::string>{"bad.gexf: is XML but not GEXF (expected a <gexf> root element)"}));
    EXPECT_EQ(problems_of("<gexf><graph>\n<nodes><node id=\"a\">\n</graph>"),
              (std::vector<std::string>{"bad.gexf:3: malformed GEXF: mismatched tag (expected well-formed XML)"}));
    EXPECT_EQ(problems_of("<gexf><graph><nodes>\n<node id=\"a\"><attvalues><attvalue for=\"9\" value=\"x\"/></attvalues></node>\n"
                          "<node id=\"b\"><attvalues><attvalue for=\"k\" value=\"spaceship\"/></attvalues></node>\n</nodes></graph></gexf>"),
              (std::vector<std::string>{"bad.gexf:2: <attvalue> for undeclared attribute '9' (expected an <attribute> with that id)",
                                        "bad.gexf:3: <attvalue> for undeclared attribute 'k' (expected an <attribute> with that id)"}));
    EXPECT_EQ(problems_of("<gexf><graph><attributes class=\"node\"><attribute id=\"k\" title=\"kind\"/></attributes><nodes>\n"
                          "<node id=\"a\"><attvalues><attvalue for=\"k\" value=\"spaceship\"/></attvalues><node id=\"b\"/></node>\n"
                          "</nodes><edges><edge source=\"a\" target=\"z\"/></edges></graph></gexf>"),
              (std::vector<std::string>{
                  "bad.gexf:2: attribute 'kind' has unknown value 'spaceship' (expected resident/bewoner, professional, "
                  "volunteer/vrijwilliger, organisation/organisatie, place/plek, group/groep, unspecified/onbekend)",
                  "bad.gexf:2: has a <node> inside a <node> (a GEXF hierarchy, which wijknet does not read)",
                  "bad.gexf:3: tie names unknown actor 'z' as its target (expected an id from the actors)"}));
}

}  // namespace
}  // namespace wijknet
