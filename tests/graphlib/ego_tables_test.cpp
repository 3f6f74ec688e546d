// SPDX-License-Identifier: MIT
// Ego-centred tables (egor, EgoWeb, openeddi). Small tables written here show each rule; the
// tables egor ships in ../shared/data are checked against counts and ego measures networkx takes
// from the same files (tests/fixtures/make_ego_tables_expected.py writes
// tests/data/ego_tables/expected.json).
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include "network_queries.hpp"
#include "test_paths.hpp"
#include "wijknet/analysis/ego_measures.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/ego_tables.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet {
namespace {

namespace fs = std::filesystem;
using boost::property_tree::ptree;

using test::tied_to;

std::string attribute_of(const Network& network, const std::string& id, const std::string& name) {
    const std::string* value = find_attribute(network.actor(*network.find_actor(id)).attributes, name);
    return value ? *value : "(none)";
}

std::vector<std::string> messages_of(const std::vector<ExportFile>& files) {
    try {
        read_ego_tables_files(files);
    } catch (const InputError& error) {
        std::vector<std::string> messages;
        for (const auto& problem : error.diagnostics()) messages.push_back(problem.to_string());
        return messages;
    }
    return {};
}

// Alter 1 of ego 1 and alter 1 of ego 2 are two people; ego 3 named no one.
const std::string egos = "\".egoID\",\"sex\",\"b10_1_2\"\n1,\"female\",\"good\"\n2,\"male\",\n3,\"female\",\n";
const std::string alters = "\".altID\",\".egoID\",\"cont_friend\",\"distance\",\"kind\"\n1,1,\"yes\",\"same city\",\"x\"\n2,1,\"no\",,\n1,2,\"yes\",,\n";
const std::string aaties = "\".egoID\",\".srcID\",\".tgtID\",\"weight\"\n1,1,2,\"good\"\n";

TEST(EgoTables, EachEgoIsAClientTiedToItsOwnAlters) {
    const std::vector<ExportFile> files{{"s/egos.csv", egos}, {"s/alters.csv", alters}, {"s/aaties.csv", aaties}};
    const Network network = read_ego_tables_files(files);
    ASSERT_EQ(network.actor_count(), 6u);
    EXPECT_EQ(network.tie_count(), 4u);
    const Actor& ego = network.actor(*network.find_actor("1"));
    EXPECT_TRUE(ego.is_client);
    EXPECT_EQ(ego.name, "ego 1");
    EXPECT_EQ(tied_to(network, "1"), (std::vector<std::string>{"1/1", "1/2"}));
    EXPECT_EQ(tied_to(network, "2"), (std::vector<std::string>{"2/1"}));
    EXPECT_TRUE(tied_to(network, "3").empty()) << "an ego who named no one is an isolated client";
    EXPECT_EQ(tied_to(network, "1/1"), (std::vector<std::string>{"1", "1/2"}));
    EXPECT_EQ(attribute_of(network, "1", "b10_1_2"), "good");
    EXPECT_EQ(attribute_of(network, "1/1", "distance"), "same city");
    EXPECT_EQ(attribute_of(network, "1/1", "egor_kind"), "x") << "a column named like wijknet's own";
    EXPECT_EQ(network.actor(*network.find_actor("1/2")).name, "alter 2");
    const TieIndex among = network.ties_of(*network.find_actor("1/2")).back();
    EXPECT_EQ(*find_attribute(network.tie_attributes(among), "weight"), "good");
}

TEST(EgoTables, AnEgoIdWithASlashIsTiedToItsOwnAlters) {
    const std::vector<ExportFile> files{{"s/egos.csv", "egoID\nwijk/3\n"}, {"s/alters.csv", "egoID,alterID\nwijk/3,1\n"}};
    EXPECT_EQ(tied_to(read_ego_tables_files(files), "wijk/3"), (std::vector<std::string>{"wijk/3/1"}));
}

TEST(EgoTables, TablesAreToldApartByTheirColumnsInEachToolsNaming) {
    // EgoWeb's names, semicolons as R's write.csv2 writes them, the tables in any order.
    const std::vector<ExportFile> files{{"s/edges.csv", "EgoID;Alter.1.Number;Alter.2.Number;weight\n1;1;2;1\n"},
                                        {"s/egos.csv", "EgoID;sex\n1;w\n"},
                                        {"s/alters.csv", "EgoID;Alter.Number;alter.sex\n1;1;m\n1;2;w\n"}};
    EXPECT_EQ(tied_to(read_ego_tables_files(files), "1/1"), (std::vector<std::string>{"1", "1/2"}));
    // openeddi's: the alter-alter table names its source by `nameid`.
    const std::vector<ExportFile> openeddi{{"s/study_x_responses.csv", "puid,sex\n1,w\n"},
                                           {"s/study_x_namedetails.csv", "puid,nameid\n1,1\n1,2\n"},
                                           {"s/study_x_nameties.csv", "puid,nameid,targetid,weight\n1,1,2,1\n"}};
    EXPECT_EQ(tied_to(read_ego_tables_files(openeddi), "1/1"), (std::vector<std::string>{"1", "1/2"}));
}

TEST(EgoTables, ComesBackEqualThroughTheCsvPair) {
    const std::vector<ExportFile> files{{"s/egos.csv", egos}, {"s/alters.csv", alters}, {"s/aaties.csv", aaties}};
    const Network network = read_ego_tables_files(files);
    const std::string actors = actors_csv_text(network), ties = ties_csv_text(network);
    const Network again = read_csv_pair_text(actors, ties, "actors.csv", "ties.csv");
    EXPECT_EQ(actors_csv_text(again), actors);
    EXPECT_EQ(ties_csv_text(again), ties);
}

TEST(EgoTables, AColumnNameHoldingTabsComesBackEqualThroughTheCsvPair) {
    // Unquoted, the tabs made actors.csv look tab-separated, and wijknet refused its own output
    // (found by ego_tables_fuzz).
    const std::vector<ExportFile> files{{"s/egos.csv", "egoID,\"seen\t\t\tlast week\"\n1,yes\n"},
                                        {"s/alters.csv", "egoID,alterID\n1,1\n"}};
    const Network network = read_ego_tables_files(files);
    const std::string actors = actors_csv_text(network), ties = ties_csv_text(network);
    const Network again = read_csv_pair_text(actors, ties, "actors.csv", "ties.csv");
    EXPECT_EQ(attribute_of(again, "1", "seen\t\t\tlast week"), "yes");
    EXPECT_EQ(actors_csv_text(again), actors);
}

TEST(EgoTables, ProblemsNameTheirFileAndLine) {
    const std::string bad_alters = alters + "3,9,,,\n,1,,,\n", bad_aaties = aaties + "1,1,7,\n";  // the views' texts
    const std::vector<ExportFile> files{{"s/egos.csv", egos}, {"s/alters.csv", bad_alters}, {"s/aaties.csv", bad_aaties}};
    const auto messages = messages_of(files);
    const auto has = [&](const std::string& start) {
        return std::any_of(messages.begin(), messages.end(), [&](const std::string& m) { return m.starts_with(start); });
    };
    EXPECT_TRUE(has("s/alters.csv:5: names ego '9', whom the ego table does not hold")) << testing::PrintToString(messages);
    EXPECT_TRUE(has("s/alters.csv:6: has no alter id")) << testing::PrintToString(messages);
    EXPECT_TRUE(has("s/aaties.csv:3: ")) << testing::PrintToString(messages);  // alter 7 of ego 1 is no one
    EXPECT_EQ(messages_of({{"s/egos.csv", egos}, {"s/other_egos.csv", egos}, {"s/alters.csv", alters}}).front(),
              "s/other_egos.csv: is a second ego table beside s/egos.csv (expected one table of each kind)");
    EXPECT_EQ(messages_of({{"s/egos.csv", egos}}).front(),
              "s: holds no alter table (expected egos, alters with their ego's id, and optionally alter-alter ties)");
}

TEST(EgoTables, ASelfTieAndAStrayFileAreWarnedOfAndLeftOut) {
    const std::string looped_aaties = aaties + "1,2,2,\n";
    const std::vector<ExportFile> files{{"s/egos.csv", egos}, {"s/alters.csv", alters},
                                        {"s/aaties.csv", looped_aaties}, {"s/README.txt", "notes"},
                                        {"s/codes.csv", "code,label\n1,yes\n"}};
    DiagnosticList warnings;
    const Network network = read_ego_tables_files(files, &warnings);
    EXPECT_EQ(network.tie_count(), 4u);
    std::vector<std::string> messages;
    for (const auto& warning : warnings.items()) messages.push_back(warning.to_string());
    EXPECT_EQ(messages, (std::vector<std::string>{
                            "s/README.txt: is not a CSV file; left out",
                            "s/codes.csv:1: has no ego id column (expected egoID, .egoID, EgoID or puid); left out",
                            "s/aaties.csv:3: ties alter 2 of ego 1 to itself; left out"}));
}

TEST(EgoTables, AFolderIsTakenForEgoTablesByTheirColumns) {
    test::ScratchDir dir;
    std::ofstream(dir / "transnat_egos.csv") << egos;
    std::ofstream(dir / "transnat_alters.csv") << alters;
    std::ofstream(dir / "transnat_aaties.csv") << aaties;
    EXPECT_TRUE(is_ego_tables_folder(dir.path()));
    EXPECT_EQ(load_network(dir.path()).actor_count(), 6u);
    fs::remove(dir / "transnat_alters.csv");
    EXPECT_FALSE(is_ego_tables_folder(dir.path()));
}

// --- The tables egor ships (../shared/data) ------------------------------------------------

ptree expected_facts(const std::string& study) {
    ptree facts;
    boost::property_tree::read_json(test::data_path("ego_tables/expected.json").string(), facts);
    return facts.get_child(study);
}

/// A folder with just the three tables of a study (egor's extdata holds other files beside them).
fs::path study_folder(const test::ScratchDir& dir, const std::vector<std::string>& tables) {
    for (const auto& table : tables) {
        const auto from = test::shared_data_path("ego_networks/egor_package/" + table);
        fs::copy_file(from, dir / from.filename().string());
    }
    return dir.path();
}

void expect_networkx_counts_and_measures(const Network& network, const ptree& facts) {
    EXPECT_EQ(network.actor_count(), facts.get<std::size_t>("egos") + facts.get<std::size_t>("alters"));
    EXPECT_EQ(network.tie_count(), facts.get<std::size_t>("alters") + facts.get<std::size_t>("ties"));
    EgoMeter meter(network, {});
    for (const auto& [ego_id, ego] : facts.get_child("per_ego")) {
        SCOPED_TRACE("ego " + ego_id);
        const auto index = network.find_actor(ego_id);
        ASSERT_TRUE(index);
        const EgoMeasures measures = meter.measure(*index);
        EXPECT_EQ(measures.contacts, ego.get<std::size_t>("contacts"));
        if (const auto density = ego.get_optional<double>("density")) {
            EXPECT_NEAR(measures.density, *density, 1e-12);
        }
        if (const auto size = ego.get_optional<double>("effective_size")) {
            EXPECT_NEAR(measures.holes.effective_size, *size, 1e-12);
        }
        if (const auto constraint = ego.get_optional<double>("constraint")) {
            EXPECT_NEAR(measures.holes.constraint, *constraint, 1e-12);
        }
    }
}

struct Study {
    std::string name;
    std::vector<std::string> tables;
};

class EgorStudies : public ::testing::TestWithParam<Study> {};

TEST_P(EgorStudies, GiveNetworkxsCountsAndEgoMeasures) {
    if (!fs::exists(test::shared_data_path("ego_networks/egor_package"))) GTEST_SKIP() << "../shared/data not present";
    test::ScratchDir dir;
    const Network network = load_network(study_folder(dir, GetParam().tables));
    expect_networkx_counts_and_measures(network, expected_facts(GetParam().name));
}

INSTANTIATE_TEST_SUITE_P(
    EgorEgowebOpeneddi, EgorStudies,
    ::testing::Values(
        Study{"transnat", {"transnat/transnat_egos.csv", "transnat/transnat_alters.csv", "transnat/transnat_aaties.csv"}},
        Study{"extdata", {"extdata/egos_32.csv", "extdata/alters_32.csv", "extdata/edges_32.csv"}},
        Study{"egoweb", {"extdata/egoweb/egos_32.csv", "extdata/egoweb/alters_32.csv", "extdata/egoweb/edges_32.csv"}},
        Study{"openeddi", {"extdata/openeddi/study_x_responses.csv", "extdata/openeddi/study_x_namedetails.csv",
                           "extdata/openeddi/study_x_nameties.csv"}}),
    [](const auto& study) { return study.param.name; });

}  // namespace
}  // namespace wijknet
