// SPDX-License-Identifier: MIT
// Kumu's sheets as Kumu's import documents them (docs.kumu.io, "Import"): what is read, and each
// problem with its place. The files themselves are read in tests/gis/kumu_file_test.cpp.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "reader_problems.hpp"
#include "sheet_rows.hpp"
#include "test_paths.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/kumu.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {
namespace {

using test::sheet;

Workbook book(std::vector<Sheet> sheets) { return Workbook{std::move(sheets)}; }

std::string problems_of(const Workbook& workbook) {
    std::string shown;
    for (const auto& line : test::problems_shown([&] { read_kumu_workbook(workbook, "kaart.xlsx"); })) shown += line + "\n";
    return shown;
}

TEST(Kumu, AWorkbookIsKumusWhenASheetHasATableOfConnections) {
    EXPECT_TRUE(is_kumu_workbook(book({sheet("Blad1", {{"FROM", "to"}})})));
    EXPECT_TRUE(is_kumu_workbook(book({sheet("Kaart", {{"Label"}, {"Anouk"}, {"", ""}, {"From", "To"}, {"Anouk", "Bram"}})})))
        << "elements first, then connections, on one sheet";
    EXPECT_TRUE(has_actor_and_tie_sheets(book({sheet("actoren", {{"id"}}), sheet("relaties", {{"bron", "doel"}}), sheet("Kumu", {{"From", "To"}})})))
        << "wijknet's own sheets go first";
    EXPECT_FALSE(is_kumu_workbook(book({sheet("actors", {{"id", "name"}}), sheet("ties", {{"source", "target"}})})));
}

TEST(Kumu, ElementsAndConnectionsMayShareOneSheet) {
    const Network network = read_kumu_workbook(book({sheet("Kaart", {{"Label", "Type"}, {"Anouk", "Person"}, {"Bram", ""}, {"", ""}, {"", ""},
                                                                     {"From", "To", "Type"}, {"Anouk", "Bram", "Friends"}})}),
                                               "kaart.xlsx");
    EXPECT_EQ(network.actor_count(), 2u);
    ASSERT_EQ(network.tie_count(), 1u);
    EXPECT_TRUE(is_directed(network.tie_attributes(TieIndex{std::size_t{0}}))) << "Kumu's connections are directed unless told otherwise";
}

TEST(Kumu, ASecondHeaderOfTheSameKindStartsATableOfItsOwn) {
    const Network network = read_kumu_workbook(book({sheet("Kaart", {{"From", "To"}, {"a", "b"}, {"", ""}, {"From", "To", "Type"}, {"b", "c", "Friends"}})}),
                                               "kaart.xlsx");
    EXPECT_EQ(network.tie_count(), 2u);
    EXPECT_FALSE(network.find_actor("From").has_value()) << "a header is not a connection";
}

TEST(Kumu, ElementsWithIdsAreNamedByTheirIds) {
    DiagnosticList warnings;
    const Network network = read_kumu_workbook(book({sheet("Elements", {{"ID", "Label"}, {"e1", "Anouk"}, {"e2", "Anouk"}}),
                                                     sheet("Connections", {{"From", "To"}, {"e1", "e2"}, {"e1", "Anouk"}})}),
                                               "kaart.xlsx", &warnings);
    EXPECT_EQ(network.actor_count(), 3u) << "two Anouks told apart by ID, and a third made for the label a connection names";
    EXPECT_EQ(network.actor(*network.find_actor("e2")).name, "Anouk");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings.items().front().to_string(),
              "kaart.xlsx: sheet 'Connections', row 3: names 'Anouk', which no elements sheet lists by its ID; it is added as an element, as Kumu adds it");
}

TEST(Kumu, ProblemsNameTheirSheetAndRowAndWhatWasExpected) {
    EXPECT_EQ(problems_of(book({sheet("Elements", {{"Label"}, {"Anouk"}, {"Anouk"}}), sheet("Connections", {{"From", "To"}})})),
              "kaart.xlsx: sheet 'Elements', row 3: lists element 'Anouk' again, first on sheet 'Elements', row 2 (expected each "
              "element once: Kumu tells them apart by Label, or by ID in an ID column)\n");
    EXPECT_EQ(problems_of(book({sheet("Connections", {{"From", "To", "Direction"}, {"a", "b", "both"}})})),
              "kaart.xlsx: sheet 'Connections', row 2: has Direction 'both' (expected directed, undirected or mutual)\n");
    EXPECT_EQ(problems_of(book({sheet("Connections", {{"From", "To"}, {"a", ""}})})),
              "kaart.xlsx: sheet 'Connections', row 2: has no To (expected the element's Label in column B)\n");
    EXPECT_EQ(problems_of(book({sheet("Elements", {{"ID", "Label"}, {"", ""}, {"", "x"}}), sheet("Connections", {{"From", "To"}})})), "");
}

TEST(Kumu, ACellThatIsNotTextIsAProblemNotAnActorThatCannotBeWrittenBack) {
    // Found by fuzz/kumu_fuzz.cpp: the CSV pair written from such a label was refused on reading.
    EXPECT_EQ(problems_of(book({sheet("Connections", {{"From", "To"}, {"Anouk", "B\xffram"}, {"Cas", "D\x0c"}})})),
              "kaart.xlsx: sheet 'Connections', row 2: in column 2: byte 0xFF is not UTF-8 (expected text)\n"
              "kaart.xlsx: sheet 'Connections', row 3: in column 2: byte 0x0C is a control character (expected text)\n");
}

TEST(Kumu, AConnectionToItselfIsAWarningAndLeftOut) {
    DiagnosticList warnings;
    const Network network = read_kumu_workbook(book({sheet("Connections", {{"From", "To"}, {"a", "a|b"}})}), "kaart.xlsx", &warnings);
    EXPECT_EQ(network.tie_count(), 1u);
    ASSERT_EQ(warnings.size(), 1u) << "a map of connections only names its elements there: no warning for each";
    EXPECT_EQ(warnings.items()[0].to_string(), "kaart.xlsx: sheet 'Connections', row 2: connects 'a' to itself; left out");
}

TEST(Kumu, SheetsNamedIgnoreAreNotRead) {
    DiagnosticList warnings;
    const Network network = read_kumu_workbook(book({sheet("Notes (ignore)", {{"Label"}, {"x"}}), sheet("C", {{"From", "To"}, {"a", "b"}})}), "kaart.xlsx",
                                               &warnings);
    EXPECT_FALSE(network.find_actor("x").has_value());
}

TEST(Kumu, AFolderOfKumuCsvFilesTellsProblemsByFileAndLine) {
    test::ScratchDir scratch;
    std::ofstream(scratch.path() / "elements.csv") << "Label,Type\nAnouk,Person\n";
    std::ofstream(scratch.path() / "connections.csv") << "From,To,Direction\nAnouk,Bram,undirected\nBram,Anouk,sideways\n";
    EXPECT_TRUE(is_kumu_folder(scratch.path()));
    const std::string file = (scratch.path() / "connections.csv").string();
    EXPECT_EQ(test::problems_shown([&] { load_network(scratch.path()); }),
              (std::vector<std::string>{file + ":3: has Direction 'sideways' (expected directed, undirected or mutual)"}));
    std::ofstream(scratch.path() / "actors.csv") << "id\n";
    EXPECT_FALSE(is_kumu_folder(scratch.path())) << "a folder with actors.csv is the CSV pair";
}

}  // namespace
}  // namespace wijknet
