// SPDX-License-Identifier: MIT
// A workbook's sheets mean what the CSV pair would; the reading of real files is in tests/gis.
#include "wijknet/io/workbook.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "reader_problems.hpp"
#include "sheet_rows.hpp"
#include "test_paths.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/network_file.hpp"

namespace wijknet {
namespace {

using test::sheet;

TEST(Workbook, SheetsNamedInDutchOrEnglishInAnyCaseAreRead) {
    const Workbook workbook{{sheet("Notities", {{"vrije tekst"}}),
                             sheet("Personen", {{"id", "naam", "soort"}, {"a1", "Anna", "bewoner"}, {"a2", "Bram", "bewoner"}}),
                             sheet(" BANDEN ", {{"van", "naar", "soort"}, {"a1", "a2", "buurvrouw"}})}};
    const Network network = read_workbook_network(workbook, "werkmap.xlsx");
    EXPECT_EQ(network.actor_count(), 2u);
    ASSERT_EQ(network.tie_count(), 1u);
    EXPECT_EQ(network.tie(TieIndex{std::size_t{0}}).kind, TieKind::neighbour);
}

TEST(Workbook, MeansWhatTheCsvPairOfItsCellsMeans) {
    const Workbook workbook{{sheet("actors", {{"id", "name", "kind", "note, with comma"}, {"a1", "Anna \"Ans\"; de Wit", "resident", "tab\there"}}),
                             sheet("ties", {{"source", "target", "kind"}})}};
    const Network network = read_workbook_network(workbook, "w.ods");
    EXPECT_EQ(network.actor(ActorIndex{std::size_t{0}}).name, "Anna \"Ans\"; de Wit");
    const std::string* note = find_attribute(network.actor(ActorIndex{std::size_t{0}}).attributes, "note, with comma");
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(*note, "tab\there");
}

TEST(Workbook, ProblemsNameTheSheetAndTheRowAsTheSpreadsheetNumbersIt) {
    Sheet actors = sheet("Actoren", {{"id", "naam", "soort"}, {"a1", "Anna\nAppelboom", "bewoner"}});
    actors.rows.push_back({7, {"a1", "Anna", "bewoner"}});  // rows 3 to 6 empty, left out by the reader
    const Workbook workbook{{actors, sheet("Relaties", {{"van", "naar", "soort"}, {"a1", "a9", "vriend"}})}};
    const auto shown = test::problems_shown([&] { read_workbook_network(workbook, "werkmap.xlsx"); });
    ASSERT_EQ(shown.size(), 2u);
    EXPECT_EQ(shown[0], "werkmap.xlsx: sheet 'Actoren', row 7: duplicate actor id 'a1' (first used on row 2; expected every id once)");
    EXPECT_NE(shown[1].find("werkmap.xlsx: sheet 'Relaties', row 2: "), std::string::npos) << shown[1];
    EXPECT_NE(shown[1].find("'a9'"), std::string::npos) << shown[1];
}

TEST(Workbook, AValueUnderNoHeaderIsToldByItsColumnAndAnEmptyCellThereIsNoProblem) {
    std::vector<std::string> far_right(28, "");
    far_right[0] = "a2", far_right[1] = "Bram", far_right[2] = "bewoner", far_right[26] = "verdwaald";
    const Workbook workbook{{sheet("actors", {{"id", "naam", "soort"}, {"a1", "Anna", "bewoner", "", ""}, far_right}),
                             sheet("ties", {{"van", "naar", "soort"}, {"a1", "a9", "vriend"}})}};
    const auto shown = test::problems_shown([&] { read_workbook_network(workbook, "w.xlsx"); });
    ASSERT_EQ(shown.size(), 2u);
    EXPECT_EQ(shown[0], "w.xlsx: sheet 'actors', row 3: has a value in column AA, which has no header (expected a column name in the first row above every filled column)");
    EXPECT_EQ(shown[1].rfind("w.xlsx: sheet 'ties', row 2: ", 0), 0u) << shown[1];
}

TEST(Workbook, AnEmptySheetIsTold) {
    const Workbook workbook{{sheet("actors", {}), sheet("ties", {{"source", "target", "kind"}})}};
    const auto shown = test::problems_shown([&] { read_workbook_network(workbook, "w.xlsx"); });
    ASSERT_FALSE(shown.empty());
    EXPECT_EQ(shown[0].rfind("w.xlsx: sheet 'actors': is empty", 0), 0u) << shown[0];
}

TEST(Workbook, AMissingTiesSheetNamesTheSheetsThere) {
    const Workbook workbook{{sheet("actoren", {{"id", "naam", "soort"}}), sheet("Blad2", {})}};
    const auto shown = test::problems_shown([&] { read_workbook_network(workbook, "w.xlsx"); });
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_EQ(shown[0].rfind("w.xlsx: has no sheet named 'ties' (or 'relaties', 'banden'); its sheets are 'actoren', 'Blad2'", 0), 0u)
        << shown[0];
}

TEST(Workbook, WithoutASpreadsheetReaderAProgramSaysWhy) {
    set_workbook_reader(nullptr);
    const test::ScratchDir scratch;
    const auto path = scratch.path() / "werkmap.xlsx";
    std::ofstream(path) << "not read";
    EXPECT_EQ(format_of(path), NetworkFormat::workbook);
    try {
        load_network(path);
        FAIL() << "read without a reader";
    } catch (const RunError& error) {
        EXPECT_NE(std::string(error.what()).find("cannot read spreadsheet files (.xlsx, .ods)"), std::string::npos) << error.what();
    }
}

TEST(Workbook, AnOldExcelFileIsToldToBeSavedAsXlsx) {
    const auto shown = test::problems_shown([&] { format_of("werkmap.xls"); });
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_EQ(shown[0], "werkmap.xls: is an Excel 97-2003 workbook, which wijknet does not read (expected .xlsx or .ods: save it as .xlsx in Excel or LibreOffice)");
}

TEST(Workbook, IsReadNotWritten) {
    const test::ScratchDir scratch;
    const auto shown = test::problems_shown([&] { save_network(Network{}, scratch.path() / "uit.xlsx"); });
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_NE(shown[0].find("which wijknet reads but does not write"), std::string::npos) << shown[0];
}

}  // namespace
}  // namespace wijknet
