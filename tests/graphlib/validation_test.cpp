// SPDX-License-Identifier: MIT
// One bad file per validation rule (tests/data/bad/): each must yield exactly the listed problems,
// each naming its file and line.
#include <gtest/gtest.h>

#include "test_paths.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet {
namespace {

struct Expected {
    std::string file;  // ends with
    std::size_t line;
    std::string says;  // substring of the message
};

struct BadInput {
    std::string path;
    std::vector<Expected> problems;
};

void PrintTo(const BadInput& bad, std::ostream* out) { *out << bad.path; }

class Validation : public ::testing::TestWithParam<BadInput> {};

TEST_P(Validation, ReportsEveryProblemWithFileAndLine) {
    const auto& bad = GetParam();
    try {
        load_network(test::data_path("bad/" + bad.path));
        FAIL() << bad.path << " was accepted";
    } catch (const InputError& error) {
        const auto& found = error.diagnostics();
        std::string all;
        for (const auto& d : found) all += d.to_string() + "\n";
        ASSERT_EQ(found.size(), bad.problems.size()) << all;
        for (std::size_t i = 0; i < found.size(); ++i) {
            EXPECT_TRUE(found[i].file.ends_with(bad.problems[i].file)) << found[i].to_string();
            EXPECT_EQ(found[i].line, bad.problems[i].line) << found[i].to_string();
            EXPECT_NE(found[i].message.find(bad.problems[i].says), std::string::npos)
                << found[i].to_string() << "\n  expected to say: " << bad.problems[i].says;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rules, Validation,
    ::testing::Values(
        BadInput{"unknown_actor", {{"ties.csv", 3, "unknown actor 'r9' as its target"},
                                   {"ties.csv", 4, "unknown actor 'r7' as its source"}}},
        BadInput{"duplicate_id", {{"actors.csv", 4, "duplicate actor id 'r1' (first used on line 2"}}},
        BadInput{"self_tie", {{"ties.csv", 3, "tie from 'r2' to itself"}}},
        BadInput{"empty_id", {{"actors.csv", 3, "empty id"}}},
        BadInput{"unknown_actor_kind", {{"actors.csv", 2, "column 'kind' has unknown value 'bewonr' (did you mean 'bewoner'? expected resident/bewoner"}}},
        BadInput{"unknown_tie_kind", {{"ties.csv", 2, "column 'kind' has unknown value 'kennis' (expected household/huishouden"}}},
        BadInput{"unknown_value",
                 {{"ties.csv", 2, "column 'strength' has unknown value 'heel sterk' (expected weak/zwak"},
                  {"ties.csv", 3, "column 'valence' has unknown value 'boos'"},
                  {"ties.csv", 4, "column 'direction' has unknown value 'omhoog'"},
                  {"ties.csv", 4, "column 'support' has unknown value 'emot' (expected letters P, G, A, E"},
                  {"ties.csv", 4, "column 'frequency' has unknown value 'soms'"}}},
        BadInput{"unknown_client_value", {{"actors.csv", 2, "column 'client' has unknown value 'misschien'"}}},
        BadInput{"bad_date", {{"ties.csv", 2, "'31-02-2025', which is not a date (expected YYYY-MM-DD or DD-MM-YYYY"},
                              {"ties.csv", 3, "'gisteren', which is not a date"}}},
        BadInput{"until_before_since", {{"ties.csv", 2, "ends (until 2025-01-31) before it starts (since 2025-06-01)"}}},
        BadInput{"coordinates_outside_crs",
                 {{"actors.csv", 2, "coordinates 5.12, 52.09 outside EPSG:28992"},
                  {"actors.csv", 3, "coordinates 200, 52 outside EPSG:4326"}}},
        BadInput{"half_coordinates", {{"actors.csv", 2, "x without y"}, {"actors.csv", 3, "y without x"}}},
        BadInput{"unknown_crs", {{"actors.csv", 2, "crs EPSG:31467, which wijknet cannot check"},
                                 {"actors.csv", 3, "column 'crs' has unknown value 'rd'"}}},
        BadInput{"not_a_number", {{"actors.csv", 2, "'151.000.5', which is not a number"}}},
        BadInput{"missing_required_column", {{"ties.csv", 1, "missing required column 'kind' or 'soort'"}}},
        BadInput{"missing_actor_columns", {{"actors.csv", 1, "missing required column 'id'"},
                                           {"actors.csv", 1, "missing required column 'kind' or 'soort'"}}},
        BadInput{"missing_ties", {{"ties.csv", 0, "not found"}}},
        BadInput{"duplicate_column", {{"actors.csv", 1, "column 'naam' repeats column 'name'"}}},
        BadInput{"too_many_fields", {{"ties.csv", 2, "has 4 fields but the header has 3"}}},
        BadInput{"unclosed_quote", {{"ties.csv", 2, "never closed"}}},
        BadInput{"empty_file", {{"actors.csv", 0, "is empty (expected a header line"}}},
        BadInput{"not_utf8", {{"actors.csv", 2, "byte 0xE9 is not UTF-8"}, {"actors.csv", 3, "byte 0xEB is not UTF-8"}}},
        BadInput{"many_problems",
                 {{"actors.csv", 3, "duplicate actor id 'r1'"},
                  {"actors.csv", 4, "unknown value 'bewonr'"},
                  {"actors.csv", 5, "outside EPSG:28992"},
                  {"ties.csv", 3, "to itself"},
                  {"ties.csv", 4, "unknown actor 'r9'"},
                  {"ties.csv", 5, "column 'sterkte' has unknown value 'heel'"},
                  {"ties.csv", 5, "column 'sinds' has '2025-13-01', which is not a date"}}},
        BadInput{"truncated.graphml", {{"truncated.graphml", 8, "GraphML ends too early"}}},
        BadInput{"malformed.graphml", {{"malformed.graphml", 5, "malformed GraphML: mismatched tag"}}},
        BadInput{"not_graphml.graphml", {{"not_graphml.graphml", 0, "not GraphML"}}},
        BadInput{"not_utf8.graphml", {{"not_utf8.graphml", 5, "byte 0xE9 is not UTF-8"}}},
        BadInput{"unknown_node.graphml",
                 {{"unknown_node.graphml", 8, "unknown actor 'c' as its target"},
                  {"unknown_node.graphml", 9, "tie from 'b' to itself"},
                  {"unknown_node.graphml", 10, "attribute 'kind' has unknown value 'kennis'"},
                  {"unknown_node.graphml", 11, "undeclared key 'missing'"}}}),
    [](const auto& test_param) {
        std::string name = test_param.param.path;
        for (char& c : name)
            if (c == '.') c = '_';
        return name;
    });

TEST(Validation, MissingPathSaysWhatWasExpected) {
    try {
        load_network(test::data_path("bad/no_such_folder"));
        FAIL();
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("not found (expected a folder with actors.csv"),
                  std::string::npos);
    }
}

}  // namespace
}  // namespace wijknet
