// SPDX-License-Identifier: MIT
// The mapping file: another tool's columns and values in wijknet's words.
#include "wijknet/io/vocabulary_mapping.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wijknet/analysis/ego_measures.hpp"
#include "wijknet/io/network_canvas.hpp"

namespace wijknet {
namespace {

// A Network Canvas interview: a friend, a sister and a GP, none with a kind wijknet knows.
const std::string ego = "networkCanvasEgoUUID,networkCanvasCaseID\ne1,case_1\n";
const std::string people = "nodeID,networkCanvasUUID,name,relation\n1,u1,Ann,Vriendin\n2,u2,Bo,zus\n";
const std::string helpers = "nodeID,networkCanvasUUID,name\n3,p1,Dr. Kaya\n";  // nodeIDs run on across types
const std::vector<ExportFile> interview{{"x/c_ego.csv", ego},
                                        {"x/c_attributeList_Person.csv", people},
                                        {"x/c_attributeList_Professional.csv", helpers}};

const Actor& actor(const Network& network, const std::string& id) { return network.actor(*network.find_actor(id)); }

std::vector<std::string> messages_of(const std::string& mapping, Network network) {
    try {
        apply_vocabulary_mapping(network, read_vocabulary_mapping_text(mapping, "map.csv"));
    } catch (const InputError& error) {
        std::vector<std::string> messages;
        for (const auto& problem : error.diagnostics()) messages.push_back(problem.to_string());
        return messages;
    }
    return {};
}

TEST(DefaultVocabulary, TypesInWijknetsWordsBecomeKindsWithoutAMappingFile) {
    Network network = read_network_canvas_files(interview);
    const VocabularyMapping mapping = default_vocabulary_mapping(network);
    ASSERT_EQ(mapping.rules.size(), 2u);
    EXPECT_EQ(mapping.rules[0].column, "networkCanvasType");
    EXPECT_EQ(mapping.rules[0].value, "Professional") << "Person is none of wijknet's kinds";
    EXPECT_EQ(mapping.rules[1].column, "relation");
    EXPECT_EQ(mapping.rules[1].value, "Vriendin") << "zus is none of wijknet's words";
    apply_vocabulary_mapping(network, mapping);
    EXPECT_EQ(actor(network, "case_1/3").kind, ActorKind::professional);
    EXPECT_EQ(actor(network, "case_1/1").kind, ActorKind::unspecified);
    const auto ego_index = *network.find_actor("case_1");
    const auto ann = *network.find_actor("case_1/1"), bo = *network.find_actor("case_1/2");
    for (std::size_t t = 0; t < network.tie_count(); ++t) {
        const Tie& tie = network.tie(TieIndex{t});
        if (tie.source != ego_index && tie.target != ego_index) continue;
        if (tie.source == ann || tie.target == ann) EXPECT_EQ(tie.kind, TieKind::friendship);
        if (tie.source == bo || tie.target == bo) EXPECT_EQ(tie.kind, TieKind::unspecified);
    }
}

TEST(DefaultVocabulary, ReadsPluralsAndAmericanSpellingButNeverOverridesAKindGiven) {
    Network network;
    const auto a = network.add_actor({.id = "a", .attributes = {{"Type", "Organizations"}}});
    const auto b = network.add_actor({.id = "b", .attributes = {{"Type", "neighbors"}}});
    network.add_tie({.source = a, .target = b, .kind = TieKind::unspecified}, {{"relationship", "Neighbors"}});
    const VocabularyMapping mapping = default_vocabulary_mapping(network);
    ASSERT_EQ(mapping.rules.size(), 2u);
    EXPECT_EQ(mapping.rules[0].becomes, "organisation");
    EXPECT_EQ(mapping.rules[1].becomes, "neighbour");
    network.add_actor({.id = "c", .kind = ActorKind::resident, .attributes = {{"type", "professional"}}});
    const VocabularyMapping with_a_kind = default_vocabulary_mapping(network);
    ASSERT_EQ(with_a_kind.rules.size(), 1u) << "one actor has a kind: the others' types are left as they are";
    EXPECT_EQ(with_a_kind.rules[0].applies_to, VocabularyMapping::AppliesTo::tie);
}

TEST(DefaultVocabulary, AColumnSpelledTypeAsKumuSpellsItIsAppliedToo) {
    Network network;
    const auto a = network.add_actor({.id = "a", .attributes = {{"Type", "Organization"}}});
    const auto b = network.add_actor({.id = "b", .attributes = {{"Type", "Person"}}});
    network.add_tie({.source = a, .target = b, .kind = TieKind::unspecified}, {{"Type", "Friends"}});
    apply_vocabulary_mapping(network, default_vocabulary_mapping(network));
    EXPECT_EQ(network.actor(a).kind, ActorKind::organisation);
    EXPECT_EQ(network.tie(TieIndex{std::size_t{0}}).kind, TieKind::friendship);
}

TEST(VocabularyMapping, TypesAndValuesBecomeKindsAndTheMeasuresFollow) {
    Network network = read_network_canvas_files(interview);
    const std::string mapping =
        "column,value,applies_to,field,becomes\n"
        "networkCanvasType,Professional,actor,kind,professional\n"
        "networkCanvasType,Professional,tie,kind,care\n"
        "relation,Vriendin,tie,kind,friend\n"
        "relation,zus,tie,kind,family\n"
        "relation,zus,actor,sector,household_family\n";
    DiagnosticList warnings;
    apply_vocabulary_mapping(network, read_vocabulary_mapping_text(mapping, "map.csv"), &warnings);
    EXPECT_TRUE(warnings.empty());
    EXPECT_EQ(actor(network, "case_1/1").kind, ActorKind::unspecified);
    EXPECT_EQ(actor(network, "case_1/3").kind, ActorKind::professional);
    EXPECT_EQ(actor(network, "case_1/2").sector, "household_family");
    const EgoMeasures measures = EgoMeter(network, {}).measure(*network.find_actor("case_1"));
    EXPECT_EQ(measures.contacts, 3u);
    EXPECT_EQ(measures.informal_contacts, 2u);
    EXPECT_EQ(measures.formal_contacts, 1u);
    EXPECT_EQ(measures.unknown_kind_contacts, 0u);
}

TEST(VocabularyMapping, AColumnWithoutValueIsReadInWijknetsOwnWords) {
    const std::string roles = "nodeID,networkCanvasUUID,name,rol\n1,u1,Ann,buur\n2,u2,Bo,familie\n";
    const std::vector<ExportFile> files{{"x/c_ego.csv", ego}, {"x/c_attributeList_Person.csv", roles}};
    Network network = read_network_canvas_files(files);
    apply_vocabulary_mapping(network, read_vocabulary_mapping_text("kolom,waarde,geldt_voor,veld,wordt\nrol,,relatie,soort,\n", "map.csv"));
    const auto tie_kind = [&](const std::string& id) { return network.tie(network.ties_of(*network.find_actor(id)).front()).kind; };
    EXPECT_EQ(tie_kind("case_1/1"), TieKind::neighbour);
    EXPECT_EQ(tie_kind("case_1/2"), TieKind::family);
}

TEST(VocabularyMapping, ProblemsNameTheLineOfTheRule) {
    const Network network = read_network_canvas_files(interview);
    EXPECT_EQ(messages_of("column,value,applies_to,field,becomes\nrelation,Vriendin,actor,id,x\n", network).front(),
              "map.csv:2: has field 'id', which a mapping cannot set on an actor (expected kind, name, sector, area, "
              "organisation, client or pseudonym)");
    EXPECT_EQ(messages_of("column,value,applies_to,field,becomes\nrelation,Vriendin,tie,kind,frend\n", network).front().substr(0, 42),
              "map.csv:2: field 'kind' has unknown value ");
    EXPECT_EQ(messages_of("column,value,applies_to,field,becomes\nrelation,Vriendin,node,kind,friend\n", network).front(),
              "map.csv:2: applies to 'node' (expected actor or tie)");
    const auto from_values = messages_of("column,value,applies_to,field,becomes\nrelation,,tie,kind,\n", network);
    ASSERT_EQ(from_values.size(), 1u);  // Vriendin is a friend in wijknet's words, zus is no tie kind
    EXPECT_TRUE(from_values.front().starts_with("map.csv:2: tie 'case_1 - case_1/2', by its relation: ")) << from_values.front();
}

TEST(VocabularyMapping, ARuleThatMatchesNothingIsWarnedOf) {
    Network network = read_network_canvas_files(interview);
    DiagnosticList warnings;
    apply_vocabulary_mapping(network, read_vocabulary_mapping_text("column,value,field,becomes\nrelatie,buurman,kind,resident\n", "map.csv"), &warnings);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings.items()[0].to_string(), "map.csv:2: matches nothing: no actor has relatie 'buurman'");
}

}  // namespace
}  // namespace wijknet
