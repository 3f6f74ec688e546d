// SPDX-License-Identifier: MIT
// Kumu workbooks read through GDAL as Kumu reads them, checked against what openpyxl finds in the
// same files by Kumu's documented rules (tests/fixtures/make_kumu_fixtures.py writes
// tests/data/kumu/expected.json); sleep_export.xlsx is a real Kumu-layout workbook (SOURCE.md).
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "test_paths.hpp"
#include "wijknet/gis/workbook_file.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/kumu.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/io/workbook.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {
namespace {

using boost::property_tree::ptree;

/// A tie as one line: its ends, whether it is directed, and its Kumu Type.
std::vector<std::string> tie_lines(const Network& network) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < network.tie_count(); ++i) {
        const Tie& tie = network.tie(TieIndex{i});
        const auto& attributes = network.tie_attributes(TieIndex{i});
        const auto* type = find_attribute(attributes, "Type");
        lines.push_back(network.actor(tie.source).id + (is_directed(attributes) ? " -> " : " -- ") + network.actor(tie.target).id + " " +
                        (type ? *type : ""));
    }
    std::ranges::sort(lines);
    return lines;
}

struct Expected {
    std::vector<std::string> actors, ties;
};

Expected expected_of(const std::string& name) {
    ptree all;
    boost::property_tree::read_json(test::data_path("kumu/expected.json").string(), all);
    const ptree& facts = all.get_child(ptree::path_type(name, '/'));
    Expected expected;
    for (const auto& [key, actor] : facts.get_child("actors")) expected.actors.push_back(actor.get_value<std::string>());
    for (const auto& [key, tie] : facts.get_child("ties"))
        expected.ties.push_back(tie.get<std::string>("source") + (tie.get<bool>("directed") ? " -> " : " -- ") + tie.get<std::string>("target") + " " +
                                tie.get<std::string>("type"));
    std::ranges::sort(expected.ties);
    return expected;
}

class KumuFile : public ::testing::TestWithParam<std::string> {
protected:
    static void SetUpTestSuite() { set_workbook_reader(&gis::read_workbook); }
};

TEST_P(KumuFile, HoldsTheElementsAndConnectionsKumuReads) {
    const Network network = load_network(test::data_path("kumu/" + GetParam()));
    const Expected expected = expected_of(GetParam());
    std::vector<std::string> ids;
    for (const Actor& actor : network.actors()) ids.push_back(actor.id);
    EXPECT_EQ(ids, expected.actors);
    EXPECT_EQ(tie_lines(network), expected.ties);
}

INSTANTIATE_TEST_SUITE_P(Kumu, KumuFile, ::testing::Values("buurt_kumu.xlsx", "sleep_export.xlsx", "buurt_csv"),
                         [](const auto& info) { return std::string(info.param.substr(0, info.param.find('.'))); });

TEST_F(KumuFile, KeepsWhatWijknetHasNoFieldForAndTellsWhatItAdded) {
    DiagnosticList warnings;
    const Network network = load_network(test::data_path("kumu/buurt_kumu.xlsx"), &warnings);
    const Actor& anouk = network.actor(*network.find_actor("Anouk"));
    ASSERT_NE(find_attribute(anouk.attributes, "Tags"), nullptr);
    EXPECT_EQ(*find_attribute(anouk.attributes, "Tags"), "vrijwilliger | buurtkoor");
    // A column named as one of wijknet's fields is Kumu's own all the same: kept apart.
    ASSERT_NE(find_attribute(anouk.attributes, "kumu_Buurt"), nullptr);
    EXPECT_EQ(*find_attribute(anouk.attributes, "kumu_Buurt"), "BU03630001");
    bool mutual = false, strength = false;
    for (std::size_t i = 0; i < network.tie_count(); ++i) {
        const auto& attributes = network.tie_attributes(TieIndex{i});
        mutual |= find_attribute(attributes, "kumu_direction") != nullptr && *find_attribute(attributes, "kumu_direction") == "mutual";
        strength |= find_attribute(attributes, "kumu_Strength") != nullptr;
    }
    EXPECT_TRUE(mutual) << "Kumu's mutual is kept, as wijknet's tie is undirected";
    EXPECT_TRUE(strength) << "Kumu's Strength is its own scale, kept apart from wijknet's strength";
    const std::string file = test::data_path("kumu/buurt_kumu.xlsx").string();
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings.items().front().to_string(),
              file + ": sheet 'Connections', row 6: names 'Huisarts Vermeer', which no elements sheet lists; it is added as an element, as Kumu adds it");
}

TEST_F(KumuFile, ASheetThatIsNeitherIsLeftOutWithAWarning) {
    DiagnosticList warnings;
    load_network(test::data_path("kumu/sleep_export.xlsx"), &warnings);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings.items().front().to_string(),
              test::data_path("kumu/sleep_export.xlsx").string() +
                  ": sheet 'Interactions', row 1: is neither a header of elements (Label in column A) nor of connections (From and To in "
                  "columns A and B); the table is left out");
}

}  // namespace
}  // namespace wijknet
