// SPDX-License-Identifier: MIT
// Pajek files as networkx and igraph write them (tests/fixtures/make_pajek_fixtures.py), checked
// against what those libraries say of the graphs they wrote (tests/data/pajek/expected.json).
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <string>
#include <vector>

#include "reader_problems.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/io/pajek.hpp"

namespace wijknet {
namespace {

boost::property_tree::ptree expected_facts() {
    boost::property_tree::ptree facts;
    boost::property_tree::read_json(test::data_path("pajek/expected.json").string(), facts);
    return facts.get_child("files");
}

std::vector<std::size_t> numbers(const boost::property_tree::ptree& list) {
    std::vector<std::size_t> result;
    for (const auto& [key, value] : list) result.push_back(value.get_value<std::size_t>());
    return result;
}

class WrittenByALibrary : public ::testing::TestWithParam<std::string> {};

TEST_P(WrittenByALibrary, ReadsWithTheLibrarysOwnCounts) {
    // File names hold dots, which property_tree would take for steps of a path.
    const auto facts = expected_facts().get_child(boost::property_tree::ptree::path_type(GetParam(), '/'));
    const Network network = load_network(test::data_path("pajek/" + GetParam()));
    ASSERT_EQ(network.actor_count(), facts.get<std::size_t>("vertices"));
    ASSERT_EQ(network.tie_count(), facts.get<std::size_t>("edges"));

    std::vector<std::size_t> degree(network.actor_count(), 0);
    double weight_sum = 0;
    for (std::size_t i = 0; i < network.tie_count(); ++i) {
        const Tie& tie = network.tie(TieIndex{i});
        ++degree[tie.source.value()];
        ++degree[tie.target.value()];
        const auto* weight = find_attribute(network.tie_attributes(TieIndex{i}), "weight");
        weight_sum += weight ? std::stod(*weight) : 1.0;
        const auto* directed = find_attribute(network.tie_attributes(TieIndex{i}), "directed");
        EXPECT_EQ(directed != nullptr, facts.get<bool>("directed")) << "tie " << i;
    }
    EXPECT_EQ(degree, numbers(facts.get_child("degree")));
    EXPECT_DOUBLE_EQ(weight_sum, facts.get<double>("weight_sum"));
    for (const auto& [key, name] : facts.get_child("vertex_attributes"))
        EXPECT_NE(find_attribute(network.actor(ActorIndex{std::size_t{0}}).attributes, name.get_value<std::string>()), nullptr);

    if (facts.get<bool>("directed")) {
        std::size_t k = 0;
        for (const auto& [key, arc] : facts.get_child("arcs")) {
            const auto ends = numbers(arc);
            const Tie& tie = network.tie(TieIndex{k++});
            EXPECT_EQ(network.actor(tie.source).id, std::to_string(ends[0])) << "an arc keeps its direction";
            EXPECT_EQ(network.actor(tie.target).id, std::to_string(ends[1]));
        }
    }
    // What was read comes back equal through the CSV pair.
    const Network again = read_csv_pair_text(actors_csv_text(network), ties_csv_text(network), "actors.csv", "ties.csv");
    for (std::size_t i = 0; i < network.actor_count(); ++i) EXPECT_EQ(again.actor(ActorIndex{i}), network.actor(ActorIndex{i}));
}

INSTANTIATE_TEST_SUITE_P(NetworkxAndIgraph, WrittenByALibrary,
                         ::testing::Values("networkx_karate.net", "networkx_directed.net", "igraph_karate.net",
                                           "igraph_directed.net", "pajek_matrix_symmetric.net", "pajek_matrix_directed.net",
                                           "pajek_project.paj"),
                         [](const auto& file) { return std::string(file.param.substr(0, file.param.find('.'))); });

TEST(Pajek, LabelsOptionsAndListsAsPajekItselfWritesThem) {
    const Network network = read_pajek_text(
        "% a comment\n"
        "*Network Buurt\n"
        "*Vertices 4 2\n"
        "1 \"Anna de Vries\" 0.1 0.2 0.5 box ic Red kind resident\n"
        "2 \"Wijkteam\" kind organisation\n"
        "3 Cor\n"
        "*Arcslist\n"
        "1 2 3\n"
        "*Edges\n"
        "3 4 2 c Blue\n",
        "buurt.net");
    ASSERT_EQ(network.actor_count(), 4u);
    const Actor& anna = network.actor(ActorIndex{std::size_t{0}});
    EXPECT_EQ(anna.id, "1");
    EXPECT_EQ(anna.name, "Anna de Vries");
    EXPECT_EQ(anna.kind, ActorKind::resident) << "an option wijknet knows fills its field";
    EXPECT_EQ(anna.attributes, (Attributes{{"layout_x", "0.1"}, {"layout_y", "0.2"}, {"layout_z", "0.5"}, {"shape", "box"},
                                           {"ic", "Red"}, {"mode", "1"}}));
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{1}}).kind, ActorKind::organisation);
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{3}}).name, "4") << "an unlisted vertex is named by its number";
    EXPECT_EQ(*find_attribute(network.actor(ActorIndex{std::size_t{3}}).attributes, "mode"), "2");
    ASSERT_EQ(network.tie_count(), 3u);
    EXPECT_EQ(network.tie_attributes(TieIndex{std::size_t{2}}), (Attributes{{"weight", "2"}, {"c", "Blue"}}));
}

TEST(Pajek, AMatrixNamedAsASecondRelationKeepsItsNameAndItsProblemsTheirLines) {
    const Network network = read_pajek_text("*Vertices 2\n*Matrix :2 \"advies\"\n0 1\n1 0\n", "m.net");
    ASSERT_EQ(network.tie_count(), 1u) << "a symmetric matrix: one undirected tie";
    EXPECT_EQ(network.tie_attributes(TieIndex{std::size_t{0}}), (Attributes{{"relation", "advies"}}));
    const auto shown = [](const std::string& text) { return test::problems_shown([&] { read_pajek_text(text, "m.net"); }); };
    EXPECT_EQ(shown("*Vertices 2\n*Matrix\n0 1\n1\n"),
              (std::vector<std::string>{"m.net:4: has 1 values in row 2 of *Matrix (expected 2, one per vertex)"}));
    EXPECT_EQ(shown("*Vertices 2\n*Matrix\n0 1\n"), (std::vector<std::string>{"m.net:2: has a *Matrix of 1 rows (expected 2, one per vertex)"}));
    EXPECT_EQ(shown("*Vertices 2\n*Matrix\n0 x\n1 0\n"),
              (std::vector<std::string>{"m.net:3: holds 'x' in row 1 of *Matrix (expected a number)"}));
    EXPECT_EQ(shown("*Vertices 1\n*Matrix\n0\n0\n"), (std::vector<std::string>{"m.net:4: is row 2 of *Matrix (expected 1 rows, one per vertex)"}));
}

// Found by pajek_fuzz: a quoted label with a space at its end read as "Wijkteam ", which the
// CSV pair trims, so the network did not come back equal.
TEST(Pajek, QuotedWordsAreTrimmedAsCsvFieldsAre) {
    const Network network = read_pajek_text("*Vertices 1\n1 \" Wijkteam \" \" kind \" \" organisation\"\n", "t.net");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).name, "Wijkteam");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).kind, ActorKind::organisation);
}

// networkx_loops.net: networkx 3.6.1's write_pajek of Anna-Anna, Anna-Bert, Bert-Cor, Cor-Cor.
TEST(Pajek, ALoopIsAWarningAndLeftOutNotAReasonToRefuseTheFile) {
    DiagnosticList warnings;
    const auto path = test::data_path("pajek/networkx_loops.net");
    const Network network = read_pajek(path, &warnings);
    EXPECT_EQ(network.actor_count(), 3u);
    EXPECT_EQ(network.tie_count(), 2u);
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings.items().front().to_string(), path.string() + ":6: ties vertex 1 to itself; left out");
    EXPECT_EQ(warnings.items().back().line, 9u);
    EXPECT_EQ(read_pajek_text("*Vertices 2\n*Edgeslist\n1 1 2\n", "t.net").tie_count(), 1u);
}

// Found by pajek_fuzz: a carriage return inside a line became part of a name, which the CSV
// pair does not keep. CR LF and a CR alone end a line, as LF does.
TEST(Pajek, EveryKindOfLineEndEndsALine) {
    const Network network = read_pajek_text("*Vertices 3\r\n1 Anna\r2 Bert\n3 Cor\r\n*Edges\r1 2\r\n2 3", "t.net");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).name, "Anna");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{1}}).name, "Bert");
    EXPECT_EQ(network.tie_count(), 2u);
    try {
        read_pajek_text("*Vertices 1\r\n\r\n5\n", "lines.net");
        FAIL();
    } catch (const InputError& error) {
        EXPECT_EQ(error.diagnostics().front().line, 3u) << "CR LF counts as one line end";
    }
}

// Found by pajek_fuzz: an option with an empty value ("") became a column that was gone when
// read back.
TEST(Pajek, AnEmptyOptionValueIsNoValue) {
    const Network network = read_pajek_text("*Vertices 1\n1 Anna club \"\" ic Red\n", "t.net");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).attributes, (Attributes{{"ic", "Red"}}));
    // Found next: an option named "" became a column without a name, which the CSV pair refuses.
    try {
        read_pajek_text("*Vertices 1\n1 Anna \"\" Red\n", "t.net");
        FAIL();
    } catch (const InputError& error) {
        EXPECT_EQ(error.diagnostics().front().to_string(),
                  "t.net:2: has an option without a name (expected options as pairs, e.g. ic Red)");
    }
}

TEST(Pajek, AProjectFilesPartitionsAndVectorsAreKeptWithEachVertex) {
    const auto facts = expected_facts().get_child(boost::property_tree::ptree::path_type("pajek_project.paj", '/'));
    const Network network = load_network(test::data_path("pajek/pajek_project.paj"));
    for (const auto& [name, values] : facts.get_child("vertex_values")) {
        std::size_t vertex = 0;
        for (const auto& [key, value] : values) {
            const auto* kept = find_attribute(network.actor(ActorIndex{vertex}).attributes, name);
            const std::string expected = value.get_value<std::string>();
            if (expected.empty()) EXPECT_EQ(kept, nullptr) << name << " of vertex " << vertex + 1 << ": Pajek's 9999998 is a missing value";
            else if (kept == nullptr) ADD_FAILURE() << name << " of vertex " << vertex + 1 << " is missing";
            else EXPECT_EQ(*kept, expected) << name << " of vertex " << vertex + 1;
            ++vertex;
        }
        EXPECT_EQ(vertex, network.actor_count());
    }
}

TEST(Pajek, APartitionOfAnotherSizeOrWithoutNumbersIsAProblemWithItsLine) {
    std::vector<std::string> messages;
    try {
        read_pajek_text("*Vertices 2\n*Partition a.clu\n*Vertices 3\n1\n2\n3\n*Vector b\n*Vertices 2\n0.5\nx\n*Partition c\n*Vertices 2\n1.5\n",
                        "p.paj");
    } catch (const InputError& error) {
        for (const auto& problem : error.diagnostics()) messages.push_back(problem.to_string());
    }
    EXPECT_EQ(messages, (std::vector<std::string>{"p.paj:2: has 'a' of 3 vertices (expected 2, as the network's *Vertices counts them)",
                                                  "p.paj:10: holds 'x' in 'b' (expected a number per vertex)",
                                                  "p.paj:13: holds '1.5' in 'c' (expected a whole number per vertex)"}));
    // Found by pajek_fuzz in a fresh clone's smoke run: a value too large for a whole number
    // was converted to one, which is undefined behaviour.
    try {
        read_pajek_text("*Vertices 1\n*Partition p\n*Vertices 1\n9997780000000000000000000000\n", "big.paj");
        ADD_FAILURE() << "a class too large to be a whole number was read";
    } catch (const InputError& error) {
        EXPECT_EQ(error.diagnostics().front().to_string(), "big.paj:4: holds '9997780000000000000000000000' in 'p' (expected a whole number per vertex)");
    }
    try {
        read_pajek_text("*Network a\n*Vertices 2\n*Edges\n1 2\n*Partition p\n*Vertices 2\n1\n2\n*Network b\n*Vertices 3\n*Arcs\n1 3\n", "two.paj");
        ADD_FAILURE() << "a project of two networks was read as one";
    } catch (const InputError& error) {
        EXPECT_EQ(error.diagnostics().front().to_string(), "two.paj:10: has a second *Vertices line (expected one network per file)");
    }
    DiagnosticList warnings;
    read_pajek_text("*Vertices 1\n*Permutation\n*Vertices 1\n1\n", "p.paj", &warnings);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings.items().front().to_string(), "p.paj:2: has section *Permutation, which wijknet does not read; left out");
}

TEST(Pajek, ProblemsNameTheirLines) {
    try {
        read_pajek_text("*Vertices 2\n1 \"open\n3 x\n*Edges\n1 5\n1\n*Blocks\n1 0\n", "bad.net");
        FAIL() << "a bad file was read";
    } catch (const InputError& error) {
        std::vector<std::string> messages;
        for (const auto& problem : error.diagnostics()) messages.push_back(problem.to_string());
        EXPECT_EQ(messages, (std::vector<std::string>{
                                "bad.net:2: has a quote that is not closed",
                                "bad.net:3: names vertex '3' (expected a number from 1 to 2, as *Vertices counts them)",
                                "bad.net:5: names vertex '5' (expected a number from 1 to 2, as *Vertices counts them)",
                                "bad.net:6: has one vertex (expected a source and a target, e.g. 1 2)",
                                "bad.net:7: has section *Blocks, which wijknet does not read (expected *Vertices, *Edges, "
                                "*Arcs, *Edgeslist, *Arcslist, *Matrix, *Partition or *Vector)"}));
    }
    EXPECT_THROW(read_pajek_text("1 2\n", "no-vertices.net"), InputError);
    // Found by pajek_fuzz: 17 bytes asked for 18 billion actors.
    try {
        read_pajek_text("*Vertices 18888888882\n", "huge.net");
        FAIL();
    } catch (const InputError& error) {
        EXPECT_EQ(error.diagnostics().front().to_string(), "huge.net:1: has *Vertices 18888888882 (expected at most 50000000 vertices)");
    }
    try {
        read_pajek_text("*Vertices 1\n1 \"Zo\xEB\"\n", "latin1.net");
        FAIL();
    } catch (const InputError& error) {
        EXPECT_EQ(error.diagnostics().front().to_string(), "latin1.net:2: byte 0xEB is not UTF-8 (expected a Pajek file saved as UTF-8)");
    }
}

}  // namespace
}  // namespace wijknet
