// SPDX-License-Identifier: MIT
// UCINET DL files in the layouts of UCINET's manual and its own export, checked against what
// igraph's DL reader makes of the same files (tests/fixtures/make_ucinet_dl_fixtures.py writes
// tests/data/ucinet_dl/expected.json).
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "reader_problems.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/io/ucinet_dl.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

using boost::property_tree::ptree;

/// A tie as one line: its ends, weight, relation and whether it is directed.
std::string tie_line(const std::string& source, const std::string& target, double weight, const std::string& relation, bool directed) {
    return source + (directed ? " -> " : " -- ") + target + " weight " + text::format_decimal(weight) + " relation " + relation;
}

std::vector<std::string> tie_lines(const Network& network) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < network.tie_count(); ++i) {
        const Tie& tie = network.tie(TieIndex{i});
        const auto& attributes = network.tie_attributes(TieIndex{i});
        const auto* weight = find_attribute(attributes, "weight");
        const auto* relation = find_attribute(attributes, "relation");
        lines.push_back(tie_line(network.actor(tie.source).id, network.actor(tie.target).id, weight ? std::stod(*weight) : 1.0,
                                 relation ? *relation : "", find_attribute(attributes, "directed") != nullptr));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<std::string> expected_tie_lines(const ptree& facts) {
    std::vector<std::string> lines;
    for (const auto& [key, tie] : facts.get_child("ties"))
        lines.push_back(tie_line(tie.get<std::string>("source"), tie.get<std::string>("target"), tie.get<double>("weight"),
                                 tie.get<std::string>("relation", "") == "null" ? "" : tie.get<std::string>("relation", ""), tie.get<bool>("directed")));
    std::sort(lines.begin(), lines.end());
    return lines;
}

class ReadAsIgraphReadsIt : public ::testing::TestWithParam<std::string> {};

TEST_P(ReadAsIgraphReadsIt, SameActorsAndTies) {
    ptree expected;
    boost::property_tree::read_json(test::data_path("ucinet_dl/expected.json").string(), expected);
    // File names hold dots, which property_tree would take for steps of a path.
    const ptree& facts = expected.get_child(ptree::path_type(GetParam(), '/'));
    const Network network = load_network(test::data_path("ucinet_dl/" + GetParam()));
    std::vector<std::string> ids, expected_ids;
    for (const Actor& actor : network.actors()) ids.push_back(actor.id);
    for (const auto& [key, id] : facts.get_child("actors")) expected_ids.push_back(id.get_value<std::string>());
    EXPECT_EQ(ids, expected_ids);
    EXPECT_EQ(tie_lines(network), expected_tie_lines(facts));
}

INSTANTIATE_TEST_SUITE_P(UcinetDl, ReadAsIgraphReadsIt,
                         ::testing::Values("fullmatrix_labels.dl", "fullmatrix_embedded.dl", "edgelist_weights.dl", "edgelist_numbers.dl",
                                           "nodelist.dl", "two_relations.dl", "karate_lowerhalf.dl", "karate_upperhalf.dl",
                                           "davis_fullmatrix.dl", "davis_edgelist2.dl", "davis_nodelist2.dl"),
                         [](const auto& info) { return std::string(info.param.substr(0, info.param.find('.'))); });

TEST(UcinetDl, ACellOnTheDiagonalIsAWarningAndLeftOut) {
    DiagnosticList warnings;
    const Network network = load_network(test::data_path("ucinet_dl/edgelist_numbers.dl"), &warnings);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings.items().front().to_string(), test::data_path("ucinet_dl/edgelist_numbers.dl").string() + ":7: ties 4 to itself; left out");
    EXPECT_EQ(network.actor_count(), 6u) << "actor 6, named in no tie, is there all the same";
}

TEST(UcinetDl, ComesBackEqualThroughTheCsvPair) {
    const Network network = load_network(test::data_path("ucinet_dl/two_relations.dl"));
    const std::string actors = actors_csv_text(network), ties = ties_csv_text(network);
    const Network again = read_csv_pair_text(actors, ties, "actors.csv", "ties.csv");
    EXPECT_EQ(tie_lines(again), tie_lines(network));
    EXPECT_EQ(ties_csv_text(again), ties);
}

TEST(UcinetDl, ADatFileThatStartsWithDlIsOne) {
    test::ScratchDir scratch;
    std::ifstream in(test::data_path("ucinet_dl/two_relations.dl"), std::ios::binary);
    std::ofstream(scratch.path() / "monks.dat", std::ios::binary) << in.rdbuf();
    EXPECT_EQ(format_of(scratch.path() / "monks.dat"), NetworkFormat::ucinet_dl);
    EXPECT_EQ(load_network(scratch.path() / "monks.dat").tie_count(), 7u);
    std::ofstream(scratch.path() / "notes.txt") << "DLL files\n";
    EXPECT_THROW(format_of(scratch.path() / "notes.txt"), InputError);
}

std::string message_of(const std::string& text) {
    std::string messages;
    for (const auto& shown : test::problems_shown([&] { read_ucinet_dl_text(text, "f.dl"); })) messages += shown + "\n";
    return messages;
}

TEST(UcinetDl, ProblemsNameTheirLineAndWhatWasExpected) {
    EXPECT_EQ(message_of("DL N=2\nDATA:\n0 1\nx 0\n"), "f.dl:4: holds 'x' in row 2 (expected a number)\n");
    EXPECT_EQ(message_of("DL N=2\nDATA:\n0 1\n1\n"), "f.dl:4: ends in row 2 of matrix 1 (expected 1 matrices of 2 by 2 values)\n");
    EXPECT_EQ(message_of("DL N=2\nDATA:\n0 1\n1 0\n1\n"),
              "f.dl:5: has more values than 1 matrices of 2 by 2 hold (expected N= and NM= to count them)\n");
    EXPECT_EQ(message_of("DL N=3 FORMAT = BLOCKMATRIX\nDATA:\n1\n1 1\n"),
              "f.dl:1: has FORMAT = BLOCKMATRIX, which wijknet does not read (expected FULLMATRIX, LOWERHALF, UPPERHALF, EDGELIST1, NODELIST1, "
              "EDGELIST2 or NODELIST2)\n");
    EXPECT_EQ(message_of("DL N=3 FORMAT = LOWERHALF\nDATA:\n1\n1 1\n"), "f.dl:4: ends in row 3 of matrix 1 (expected 1 matrices of the lower half of 3 by 3 values)\n");
    EXPECT_EQ(message_of("DL N=3\nLABELS:\na,b\nDATA:\n"), "f.dl:3: has 2 labels for N=3 actors\n");
    EXPECT_EQ(message_of("DL N=2\nLABELS:\na,a\nDATA:\n"), "f.dl:3: has label 'a' twice (expected each actor's label once)\n");
    EXPECT_EQ(message_of("DL N=2 FORMAT=EDGELIST1\nDATA:\n1 3\n"), "f.dl:3: names actor '3' (expected a number from 1 to 2)\n");
    EXPECT_EQ(message_of("DL N=2 FORMAT=EDGELIST1\nLABELS EMBEDDED\nDATA:\na b\nc a\n"), "f.dl:5: names 'c', one actor more than N=2\n");
    EXPECT_EQ(message_of("N=2\n"), "f.dl:1: does not start with DL (expected a UCINET DL file)\n");
    EXPECT_EQ(message_of("DL N=2\n0 1\n"), "f.dl:2: has '0' in its header (expected N=, NR=, NC=, NM=, FORMAT =, LABELS:, ROW LABELS:, COLUMN LABELS:, LEVEL LABELS: or DATA:)\n");
    EXPECT_EQ(message_of("DL N=2\nLABELS:\n\"a, b\nDATA:\n"), "f.dl:3: has a quote that is not closed on its line\n");
}

TEST(UcinetDl, TwoModeProblemsNameTheirLineAndWhatWasExpected) {
    EXPECT_EQ(message_of("DL NR=2\nDATA:\n"), "f.dl:2: has NR= without NC= (expected both, e.g. NR=18, NC=14)\n");
    EXPECT_EQ(message_of("DL N=2 NR=2 NC=3\nDATA:\n"), "f.dl:2: has N= as well as NR= or NC= (expected N= for one set of actors, or NR= and NC= for two)\n");
    EXPECT_EQ(message_of("DL NR=2 NC=2\nLABELS:\na b\nDATA:\n"), "f.dl:2: has LABELS: in a two-mode network (expected ROW LABELS: and COLUMN LABELS:)\n");
    EXPECT_EQ(message_of("DL NR=2 NC=2 FORMAT=LOWERHALF\nDATA:\n"),
              "f.dl:1: has FORMAT = LOWERHALF with NR= and NC= (expected N=: a half matrix is of one set of actors)\n");
    EXPECT_EQ(message_of("DL NR=2 NC=2 FORMAT=EDGELIST1\nDATA:\n"),
              "f.dl:1: has FORMAT = EDGELIST1 with NR= and NC= (expected EDGELIST2 for a two-mode network)\n");
    EXPECT_EQ(message_of("DL N=2 FORMAT=NODELIST2\nDATA:\n"),
              "f.dl:1: has FORMAT = NODELIST2 with N= (expected NR= and NC=, or NODELIST1 for one set of actors)\n");
    EXPECT_EQ(message_of("DL NR=2 NC=3 FORMAT=EDGELIST2\nDATA:\n1 4\n"), "f.dl:3: names column '4' (expected a number from 1 to 3)\n");
    EXPECT_EQ(message_of("DL NR=2 NC=1\nROW LABELS:\na b\nCOLUMN LABELS:\nb\nDATA:\n"),
              "f.dl:5: has label 'b' twice (expected each actor's label once, the rows' and the columns' apart)\n");
    EXPECT_EQ(message_of("DL NR=1 NC=1 FORMAT=EDGELIST2\nROW LABELS:\na\nCOLUMN LABELS:\nx\nDATA:\nx a\n"),
              "f.dl:7: names 'x' as a row, but it labels a column (expected the row first, then the columns)\n"
              "f.dl:7: names 'a' as a column, but it labels a row (expected the row first, then the columns)\n");
    EXPECT_EQ(message_of("DL NR=2 NC=2\nDATA:\n1 0\n0 1\n1\n"),
              "f.dl:5: has more values than 1 matrices of 2 by 2 hold (expected NR=, NC= and NM= to count them)\n");
}

TEST(UcinetDl, TheTwoSetsOfATwoModeNetworkAreMarkedAsPajekMarksThem) {
    const Network network = load_network(test::data_path("ucinet_dl/davis_fullmatrix.dl"));
    std::size_t women = 0, events = 0;
    for (const Actor& actor : network.actors()) {
        const auto* mode = find_attribute(actor.attributes, "mode");
        ASSERT_NE(mode, nullptr) << actor.id;
        (*mode == "1" ? women : events) += 1;
    }
    EXPECT_EQ(women, 18u);
    EXPECT_EQ(events, 14u);
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{18}}).id, "E1");
}

TEST(UcinetDl, ATwoModeMatrixWithEmbeddedLabelsNamesItsRowsInEveryMatrix) {
    const Network network =
        read_ucinet_dl_text("DL NR=2 NC=2 NM=2\nLABELS EMBEDDED\nDATA:\nx y\na 1 0\nb 0 1\nA 0 1\nb 0 0\n", "f.dl");
    EXPECT_EQ(network.actor_count(), 4u) << "a and b, the same rows in both matrices (their labels in any case)";
    EXPECT_EQ(tie_lines(network), (std::vector<std::string>{"a -- x weight 1 relation matrix 1", "a -- y weight 1 relation matrix 2",
                                                            "b -- y weight 1 relation matrix 1"}));
}

TEST(UcinetDl, AHalfMatrixGivesUndirectedTiesAndWarnsOfItsDiagonal) {
    DiagnosticList warnings;
    const Network network = read_ucinet_dl_text("DL N=3 FORMAT=LOWERHALF\nLABELS: a b c\nDATA:\n0\n2 1\n0 1 0\n", "f.dl", &warnings);
    EXPECT_EQ(tie_lines(network), (std::vector<std::string>{"a -- b weight 2 relation ", "b -- c weight 1 relation "}));
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings.items().front().to_string(), "f.dl:5: ties b to itself; left out");
}

TEST(UcinetDl, WithoutTheDiagonalEachRowHoldsOneValueLess) {
    const Network network = read_ucinet_dl_text("DL N=3\nFORMAT = FULLMATRIX DIAGONAL ABSENT\nDATA:\n1 0\n0 0\n0 0\n", "f.dl");
    ASSERT_EQ(network.tie_count(), 1u);
    EXPECT_EQ(tie_lines(network), (std::vector<std::string>{"1 -> 2 weight 1 relation "}));
}

}  // namespace
}  // namespace wijknet
