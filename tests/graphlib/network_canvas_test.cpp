// SPDX-License-Identifier: MIT
// Network Canvas's two exports: the CSV folder and its GraphML dialect. Small exports written
// here show each rule; the real exports in ../shared/data (written by Network Canvas itself) are
// checked against counts and ego measures that networkx takes from the same files
// (tests/fixtures/make_network_canvas_expected.py writes tests/data/network_canvas/expected.json).
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <algorithm>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "network_queries.hpp"
#include "test_paths.hpp"
#include "wijknet/analysis/ego_measures.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/graphml.hpp"
#include "wijknet/io/network_canvas.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet {
namespace {

namespace fs = std::filesystem;
using boost::property_tree::ptree;

const Actor& actor_named_by_id(const Network& network, const std::string& id) {
    const auto index = network.find_actor(id);
    if (!index) throw std::runtime_error("no actor " + id);
    return network.actor(*index);
}

std::string attribute_of(const Actor& actor, const std::string& name) {
    const std::string* value = find_attribute(actor.attributes, name);
    return value ? *value : "(none)";
}

using test::tied_to;

const std::string ego_header = "networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID,MarijuanaUsed\n";
const std::string alter_header = "nodeID,networkCanvasEgoUUID,networkCanvasUUID,Age,Gender_Female,kind,name\n";
const std::string edge_header = "edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\n";

/// Two interviews whose alters have the same nodeIDs, as every interview numbers its own.
std::vector<ExportFile> two_interviews(const std::vector<std::string>& texts) {
    return {{"out/c1_s1_ego.csv", texts[0]},
            {"out/c1_s1_attributeList_Person.csv", texts[1]},
            {"out/c1_s1_edgeList_Close.csv", texts[2]},
            {"out/c2_s2_ego.csv", texts[3]},
            {"out/c2_s2_attributeList_Person.csv", texts[4]}};
}

const std::vector<std::string> sample_texts{
    ego_header + "e1,case_1,s1,true\n",
    alter_header + "1,e1,u1,34,true,buurman,Ethan\n2,e1,u2,29,false,,Marcus\n3,e1,u3,,,,\n",
    edge_header + "1,1,2,e1,x1,u1,u2\n2,2,3,e1,x2,u2,u3\n",
    ego_header + "e2,case_2,s2,false\n",
    alter_header + "1,e2,v1,51,true,,Noor\n"};

TEST(NetworkCanvas, EachEgoIsAClientTiedToItsOwnAlters) {
    const auto files = two_interviews(sample_texts);
    const Network network = read_network_canvas_files(files);
    ASSERT_EQ(network.actor_count(), 6u);  // two egos, four alters
    EXPECT_EQ(network.tie_count(), 6u);    // four ego ties, two among the alters
    const Actor& ego = actor_named_by_id(network, "case_1");
    EXPECT_TRUE(ego.is_client);
    EXPECT_EQ(ego.kind, ActorKind::resident);
    EXPECT_EQ(attribute_of(ego, "MarijuanaUsed"), "true");
    EXPECT_EQ(tied_to(network, "case_1"), (std::vector<std::string>{"case_1/1", "case_1/2", "case_1/3"}));
    EXPECT_EQ(tied_to(network, "case_2"), (std::vector<std::string>{"case_2/1"}));
    EXPECT_EQ(tied_to(network, "case_1/2"), (std::vector<std::string>{"case_1", "case_1/1", "case_1/3"}));
}

TEST(NetworkCanvas, KeepsTypesAndVariablesAndNamesTheNameless) {
    const auto files = two_interviews(sample_texts);
    const Network network = read_network_canvas_files(files);
    const Actor& ethan = actor_named_by_id(network, "case_1/1");
    EXPECT_EQ(ethan.name, "Ethan");
    EXPECT_EQ(ethan.kind, ActorKind::unspecified);  // kinds come through a mapping, not a guess
    EXPECT_EQ(attribute_of(ethan, "networkCanvasType"), "Person");
    EXPECT_EQ(attribute_of(ethan, "Age"), "34");
    EXPECT_EQ(attribute_of(ethan, "Gender_Female"), "true");
    EXPECT_EQ(attribute_of(ethan, "networkCanvasUUID"), "u1");
    // A variable named like a column of the CSV pair keeps its value under another name.
    EXPECT_EQ(attribute_of(ethan, "nc_kind"), "buurman");
    EXPECT_EQ(actor_named_by_id(network, "case_1/3").name, "Person 3");
    const Tie& tie = network.tie(network.ties_of(*network.find_actor("case_1/1")).back());
    EXPECT_EQ(tie.kind, TieKind::unspecified);
}

TEST(NetworkCanvas, ComesBackEqualThroughTheCsvPair) {
    const auto files = two_interviews(sample_texts);
    const Network network = read_network_canvas_files(files);
    const std::string actors = actors_csv_text(network), ties = ties_csv_text(network);
    const Network again = read_csv_pair_text(actors, ties, "actors.csv", "ties.csv");
    EXPECT_EQ(actors_csv_text(again), actors);
    EXPECT_EQ(ties_csv_text(again), ties);
}

TEST(NetworkCanvas, AnEdgeListWithoutFromNamesItsSourceByUuid) {
    auto texts = sample_texts;
    texts[2] = "to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\n"
               "3,e1,x1,u1,u3\n";
    const auto files = two_interviews(texts);
    const Network network = read_network_canvas_files(files);
    EXPECT_EQ(tied_to(network, "case_1/1"), (std::vector<std::string>{"case_1", "case_1/3"}));
}

TEST(NetworkCanvas, ASelfLoopAndAStrayFileAreWarnedOfAndLeftOut) {
    auto texts = sample_texts;
    texts[2] = edge_header + "1,1,2,e1,x1,u1,u2\n2,2,2,e1,x2,u2,u2\n";
    auto files = two_interviews(texts);
    files.push_back({"out/notes.txt", "not a table"});
    DiagnosticList warnings;
    const Network network = read_network_canvas_files(files, &warnings);
    EXPECT_EQ(network.tie_count(), 5u);
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings.items()[0].to_string(),
              "out/notes.txt: is not a table of a Network Canvas export (expected NAME_ego.csv, "
              "NAME_attributeList_TYPE.csv or NAME_edgeList_TYPE.csv); left out");
    EXPECT_EQ(warnings.items()[1].to_string(), "out/c1_s1_edgeList_Close.csv:3: ties alter 2 to itself; left out");
}

TEST(NetworkCanvas, ProblemsNameTheirFileAndLine) {
    auto texts = sample_texts;
    texts[1] = alter_header + "1,e1,u1,34,true,,Ethan\n,e1,u2,29,false,,Marcus\n";
    texts[2] = edge_header + "1,1,9,e1,x1,u1,u9\n";
    auto files = two_interviews(texts);
    files.push_back({"out/c3_s3_edgeList_Close.csv", edge_header});
    try {
        read_network_canvas_files(files);
        FAIL() << "read without problems";
    } catch (const InputError& error) {
        std::vector<std::string> messages;
        for (const auto& problem : error.diagnostics()) messages.push_back(problem.to_string());
        const auto has = [&](const std::string& start) {
            return std::any_of(messages.begin(), messages.end(), [&](const std::string& m) { return m.starts_with(start); });
        };
        EXPECT_TRUE(has("out/c3_s3_edgeList_Close.csv: has no c3_s3_ego.csv beside it")) << testing::PrintToString(messages);
        EXPECT_TRUE(has("out/c1_s1_attributeList_Person.csv:3: has no nodeID")) << testing::PrintToString(messages);
        EXPECT_TRUE(has("out/c1_s1_edgeList_Close.csv:2: ")) << testing::PrintToString(messages);  // node 9 is no alter
    }
}

TEST(NetworkCanvas, TwoSessionsOfOneCaseAreTwoEgos) {
    auto texts = sample_texts;
    texts[3] = ego_header + "e2,case_1,s2,false\n";
    const auto files = two_interviews(texts);
    const Network network = read_network_canvas_files(files);
    EXPECT_TRUE(network.find_actor("c1_s1"));
    EXPECT_TRUE(network.find_actor("c2_s2/1"));
}

TEST(NetworkCanvas, AFolderIsTakenForAnExportOnlyWithoutTheCsvPair) {
    test::ScratchDir dir;
    for (const auto& file : two_interviews(sample_texts)) std::ofstream(dir / fs::path(file.name).filename().string()) << file.text;
    EXPECT_TRUE(is_network_canvas_export(dir.path()));
    EXPECT_EQ(load_network(dir.path()).actor_count(), 6u);
    std::ofstream(dir / "actors.csv") << "id\n";
    EXPECT_FALSE(is_network_canvas_export(dir.path()));
}

TEST(NetworkCanvasGraphml, EachGraphIsAnInterviewWithItsEgoAsClient) {
    const std::string xml = test::read_file(test::data_path("../../fuzz/corpus/graphml/seed-network-canvas.graphml"));
    DiagnosticList warnings;
    const Network network = read_graphml_text(xml, "nc.graphml", &warnings);
    ASSERT_EQ(network.actor_count(), 5u);
    EXPECT_EQ(tied_to(network, "case_1"), (std::vector<std::string>{"case_1/1", "case_1/2"}));
    EXPECT_EQ(tied_to(network, "case_1_s2"), (std::vector<std::string>{"case_1_s2/1"})) << "a second session of case_1";
    EXPECT_TRUE(actor_named_by_id(network, "case_1_s2").is_client);
    EXPECT_EQ(attribute_of(actor_named_by_id(network, "case_1"), "MarijuanaUsed"), "true");
    const Actor& ethan = actor_named_by_id(network, "case_1/1");
    EXPECT_EQ(ethan.name, "Ethan");
    EXPECT_EQ(ethan.kind, ActorKind::unspecified);
    EXPECT_EQ(attribute_of(ethan, "nc_kind"), "buurman") << "a protocol's variable, not wijknet's kind";
    EXPECT_EQ(attribute_of(ethan, "Cords_X"), "0.3");
    EXPECT_EQ(network.tie_count(), 4u);  // three ego ties, one among the alters; the self-loop left out
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings.items()[0].to_string(), "nc.graphml:13: ties node '2' to itself; left out");
}

// --- The exports Network Canvas wrote (../shared/data) --------------------------------------

fs::path export_folder(const std::string& name) {
    return test::shared_data_path("ego_networks/network_canvas_working_with_data/" + name);
}

ptree expected_facts() {
    ptree facts;
    boost::property_tree::read_json(test::data_path("network_canvas/expected.json").string(), facts);
    return facts;
}

void expect_networkx_counts_and_measures(const Network& network, const ptree& cases) {
    std::size_t actors = 0, ties = 0;
    EgoMeter meter(network, {});
    for (const auto& [case_id, facts] : cases) {
        SCOPED_TRACE(case_id);
        const auto ego = network.find_actor(case_id);
        ASSERT_TRUE(ego);
        const EgoMeasures measures = meter.measure(*ego);
        EXPECT_EQ(measures.contacts, facts.get<std::size_t>("contacts"));
        EXPECT_EQ(measures.unknown_kind_contacts, measures.contacts);
        EXPECT_NEAR(measures.density, facts.get<double>("density"), 1e-12);
        EXPECT_NEAR(measures.holes.effective_size, facts.get<double>("effective_size"), 1e-12);
        EXPECT_NEAR(measures.holes.constraint, facts.get<double>("constraint"), 1e-12);
        EXPECT_TRUE(measures.missing_support().empty());  // nothing recorded, so nothing known missing
        EXPECT_FALSE(measures.few_good_contacts);
        actors += 1 + facts.get<std::size_t>("alters");
        ties += facts.get<std::size_t>("alters");
        for (const auto& [type, count] : facts.get_child("edges")) ties += count.get_value<std::size_t>();
    }
    EXPECT_EQ(network.actor_count(), actors);
    EXPECT_EQ(network.tie_count(), ties);
}

TEST(NetworkCanvasExports, TheCsvExportOfTenInterviewsGivesNetworkxsCountsAndMeasures) {
    const auto folder = export_folder("export_2025");
    if (!fs::exists(folder)) GTEST_SKIP() << "../shared/data not present";
    const Network network = load_network(folder);
    const ptree cases = expected_facts().get_child("export_2025");
    EXPECT_EQ(cases.size(), 10u);
    expect_networkx_counts_and_measures(network, cases);
    std::size_t clients = 0;
    for (const Actor& actor : network.actors()) clients += actor.is_client ? 1 : 0;
    EXPECT_EQ(clients, 10u);
}

TEST(NetworkCanvasExports, TheCsvExportOf2024IsReadThoughAnEdgeListLacksFrom) {
    const auto folder = export_folder("export_2024_with_graphml");
    if (!fs::exists(folder)) GTEST_SKIP() << "../shared/data not present";
    DiagnosticList warnings;
    const Network network = load_network(folder, &warnings);
    expect_networkx_counts_and_measures(network, expected_facts().get_child("export_2024_csv"));
    ASSERT_EQ(warnings.size(), 1u);  // the .graphml beside the CSV files
    EXPECT_NE(warnings.items()[0].message.find("left out"), std::string::npos);
}

TEST(NetworkCanvasExports, TheGraphmlExportKeepsTheEgoAndWarnsOfSelfLoops) {
    const auto folder = export_folder("export_2024_with_graphml");
    if (!fs::exists(folder)) GTEST_SKIP() << "../shared/data not present";
    const auto file = *std::find_if(fs::directory_iterator(folder), fs::directory_iterator(),
                                    [](const fs::directory_entry& entry) { return entry.path().extension() == ".graphml"; });
    const ptree facts = expected_facts().get_child("export_2024_graphml");
    DiagnosticList warnings;
    const Network network = load_network(file.path(), &warnings);
    const auto nodes = facts.get<std::size_t>("nodes"), loops = facts.get<std::size_t>("self_loops");
    EXPECT_EQ(network.actor_count(), nodes + 1);
    EXPECT_EQ(network.tie_count(), facts.get<std::size_t>("edges") - loops + nodes);
    EXPECT_EQ(warnings.size(), loops);
    for (const auto& warning : warnings.items()) EXPECT_NE(warning.message.find("to itself; left out"), std::string::npos);

    const Actor& ego = actor_named_by_id(network, "case_1");
    EXPECT_TRUE(ego.is_client);
    EXPECT_EQ(attribute_of(ego, "MarijuanaUsed"), "true");
    std::vector<std::string> names;
    for (const auto& id : tied_to(network, "case_1")) names.push_back(actor_named_by_id(network, id).name);
    std::sort(names.begin(), names.end());
    std::vector<std::string> labels;
    for (const auto& [key, label] : facts.get_child("labels")) labels.push_back(label.get_value<std::string>());
    EXPECT_EQ(names, labels);
    std::map<std::string, std::size_t> by_type;
    for (std::size_t t = 0; t < network.tie_count(); ++t)
        if (const auto* type = find_attribute(network.tie_attributes(TieIndex{t}), "networkCanvasType")) ++by_type[*type];
    for (const auto& [type, count] : facts.get_child("edge_types_without_self_loops"))
        EXPECT_EQ(by_type[type], count.get_value<std::size_t>()) << type;
}

}  // namespace
}  // namespace wijknet
