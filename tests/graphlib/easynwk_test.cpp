// SPDX-License-Identifier: MIT
// easyNWK's own example file and a two-version file made from it
// (tests/fixtures/make_easynwk_fixtures.py), checked against easyNWK's rules for sectors, rings
// and lines as that script applies them without wijknet (tests/data/easynwk/expected.json).
#include <gtest/gtest.h>

#include <boost/property_tree/ptree.hpp>
#include <set>
#include <string>
#include <utility>

#include "expected_facts.hpp"
#include "reader_problems.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/easynwk.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/model/date.hpp"

namespace wijknet {
namespace {

using Facts = boost::property_tree::ptree;

/// The ties between the ego and an alter, or two alters, active on `day`, as pairs of ids.
std::set<std::pair<std::string, std::string>> ties_on(const Network& network, Date day, bool with_ego) {
    std::set<std::pair<std::string, std::string>> pairs;
    for (const Tie& tie : network.ties()) {
        if (!tie.active_on(day)) continue;
        const std::string a = network.actor(tie.source).id, b = network.actor(tie.target).id;
        if ((a == "ego" || b == "ego") != with_ego) continue;
        pairs.insert(with_ego ? std::pair{"ego", a == "ego" ? b : a} : std::pair{std::min(a, b), std::max(a, b)});
    }
    return pairs;
}

class EasyNwkFile : public ::testing::TestWithParam<std::string> {};

TEST_P(EasyNwkFile, EachVersionShowsTheAltersSectorsRingsAndLinesEasyNwkDraws) {
    const Facts facts = test::expected_facts("easynwk", GetParam());
    const Network network = load_network(test::data_path("easynwk/" + GetParam()));
    const auto ego = network.find_actor("ego");
    ASSERT_TRUE(ego);
    EXPECT_TRUE(network.actor(*ego).is_client);
    EXPECT_EQ(network.actor(*ego).name, facts.get<std::string>("ego"));
    for (const auto& [unused, version] : facts.get_child("versions")) {
        const Date day = *Date::parse(version.get<std::string>("date"));
        std::set<std::pair<std::string, std::string>> lines, connections;
        for (const auto& [id, alter] : version.get_child("alters")) {
            const auto actor = network.find_actor(id);
            ASSERT_TRUE(actor) << id;
            EXPECT_EQ(network.actor(*actor).sector, alter.get<std::string>("sector")) << id;
            if (alter.get<bool>("line")) lines.insert({"ego", id});
        }
        for (const auto& [unused2, pair] : version.get_child("connections"))
            connections.insert({pair.front().second.data(), pair.back().second.data()});
        EXPECT_EQ(ties_on(network, day, true), lines) << day.to_string();
        EXPECT_EQ(ties_on(network, day, false), connections) << day.to_string();
        for (const Tie& tie : network.ties()) {
            if (!tie.active_on(day) || (tie.source != *ego && tie.target != *ego)) continue;
            const auto& alter = network.actor(tie.other(*ego));
            ASSERT_TRUE(tie.closeness) << alter.id;
            EXPECT_EQ(name_of(*tie.closeness), version.get<std::string>("alters." + alter.id + ".ring")) << alter.id;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(WrittenByEasyNwk, EasyNwkFile, ::testing::Values("Rosa_Braunsteigl-Mueller.json", "rosa_two_versions.json"));

TEST(EasyNwk, KeepsTheRoleAndTheProfessionalAndReadsSupportFromTheAltersForm) {
    const Network network = read_easynwk(test::data_path("easynwk/rosa_two_versions.json"));
    const Actor& doctor = network.actor(*network.find_actor("7"));
    EXPECT_EQ(doctor.kind, ActorKind::professional);
    EXPECT_EQ(*find_attribute(doctor.attributes, "role"), "Ärzt*in");
    EXPECT_EQ(network.actor(*network.find_actor("9")).kind, ActorKind::unspecified);  // Strolchi, the dog
    // Maria supports Rosa emotionally from the second version on: 2 is "supports me".
    const Date later = *Date::parse("2024-05-13");
    bool found = false;
    for (const Tie& tie : network.ties()) {
        if (!tie.active_on(later) || network.actor(tie.target).id != "1") continue;
        found = true;
        EXPECT_TRUE(tie.support.has(SupportType::emotional));
        EXPECT_EQ(tie.direction, SupportDirection::to_source);  // from Maria to the ego
        EXPECT_EQ(tie.kind, TieKind::family);
    }
    EXPECT_TRUE(found);
}

// A finding of easynwk_fuzz: a note of one space was kept, and lost through the CSV pair.
TEST(EasyNwk, TextIsTrimmedAsCsvFieldsAreAndABlankNoteIsNoNote) {
    const Network network = read_easynwk_text(R"({"ego": {"name": " Rosa "}, "alteri": [{"id": 1, "name": "Lara ", "note": " "}]})", "map.json");
    EXPECT_EQ(network.actor(*network.find_actor("ego")).name, "Rosa");
    const Actor& lara = network.actor(*network.find_actor("1"));
    EXPECT_EQ(lara.name, "Lara");
    EXPECT_FALSE(find_attribute(lara.attributes, "note"));
}

// A finding of easynwk_fuzz: a member "  name" became a second name column of the CSV pair.
TEST(EasyNwk, AMemberNamedLikeAColumnOfTheCsvPairIsKeptUnderAnotherName) {
    const Network network = read_easynwk_text(R"({"ego": {"name": "Rosa"}, "alteri": [{"id": 1, "name": "Lara", "  name": "L.", "Kind": "x", " age ": "34"}]})", "map.json");
    const Actor& lara = network.actor(*network.find_actor("1"));
    EXPECT_EQ(lara.name, "Lara");
    EXPECT_EQ(*find_attribute(lara.attributes, "easynwk_Kind"), "x");
    EXPECT_EQ(*find_attribute(lara.attributes, "age"), "34");
    EXPECT_EQ(actors_csv_text(network).find("name,name"), std::string::npos);
}

TEST(EasyNwk, ProblemsNameTheLineOrTheVersionAndAlter) {
    const auto shown = [](const std::string& text) {
        return test::problems_shown([&] { read_easynwk_text(text, "map.json"); });
    };
    EXPECT_EQ(shown("{\"versions\": [\n{\"date\": \"2024-01-01\", \"nwk\": {\"ego\": {}, \"alteri\": [}}]}"),
              std::vector<std::string>{"map.json:2: is not valid JSON: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal (expected the file easyNWK saves)"});
    EXPECT_EQ(shown(R"({"versions": [{"date": "2024-01-01", "nwk": {"ego": {"name": "R"}, "alteri": [{"id": 1, "name": "A"}],
                       "connections": [{"id1": 1, "id2": 4}]}}]})"),
              std::vector<std::string>{"map.json: version 1 (2024-01-01), connection 1 names alter 4, whom this version does not hold (expected the id of one of its alters)"});
    EXPECT_EQ(shown(R"({"versions": [{"date": "2024-01-01", "nwk": {"ego": {}, "alteri": [{"id": 1, "supportSocial": 7}]}}]})"),
              std::vector<std::string>{"map.json: version 1 (2024-01-01), alter 1 has supportSocial 7 (expected 0 none, 1 the ego supports, 2 supports the ego, 3 both)"});
    EXPECT_EQ(shown("{\"versions\": [\n{\"date\": \"2024-01-01\", \"nwk\": {\"ego\": {}, \"alteri\": [{\"id\": 1, \"angle\": 1e999}]}}]}"),
              std::vector<std::string>{"map.json:2: holds the number 1e999, too large to read (expected numbers as easyNWK saves them)"});
    EXPECT_EQ(shown(R"({"ego": {"name": "R"}, "alteri": [{"id": 1, "note": "a\u0000b"}]})"),
              std::vector<std::string>{"map.json: alteri[0].note holds what no text may hold: byte 0x00 is a control character (expected text)"});
    EXPECT_EQ(shown(R"({"nodes": []})"),
              std::vector<std::string>{"map.json:1: is not a file easyNWK saved (expected a JSON object with \"versions\", or with \"ego\", \"alteri\" and \"connections\")"});
}

TEST(EasyNwk, TwoVersionsOfOneDayReadAsTheLaterOne) {
    DiagnosticList warnings;
    const Network network = read_easynwk_text(R"({"versions": [
        {"date": "2024-01-01", "nwk": {"ego": {"name": "R"}, "alteri": [{"id": 1, "name": "A", "angle": 10, "distance": 20}], "connections": []}},
        {"date": "2024-01-01", "nwk": {"ego": {"name": "R"}, "alteri": [{"id": 2, "name": "B", "angle": 10, "distance": 20}], "connections": []}}]})",
                                              "map.json", &warnings);
    EXPECT_FALSE(network.find_actor("1"));
    EXPECT_TRUE(network.find_actor("2"));
    ASSERT_EQ(warnings.size(), 1U);
}

}  // namespace
}  // namespace wijknet
