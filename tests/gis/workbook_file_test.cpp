// SPDX-License-Identifier: MIT
// Workbooks as Excel-compatible writers and LibreOffice save them (tests/fixtures/make_workbook_fixtures.py)
// read as the CSV pair written from the same rows.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "reader_problems.hpp"
#include "test_paths.hpp"
#include "wijknet/gis/workbook_file.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/io/workbook.hpp"

namespace wijknet {
namespace {

using test::data_path;

class WorkbookFile : public ::testing::Test {
protected:
    static void SetUpTestSuite() { set_workbook_reader(&gis::read_workbook); }
};

class EveryWriter : public WorkbookFile, public ::testing::WithParamInterface<const char*> {};

TEST_P(EveryWriter, ReadsAsTheCsvPairOfTheSameRows) {
    const Network expected = read_csv_pair(data_path("workbook/expected"));
    const Network read = load_network(data_path(std::string("workbook/") + GetParam()));
    EXPECT_EQ(actors_csv_text(read), actors_csv_text(expected));
    EXPECT_EQ(ties_csv_text(read), ties_csv_text(expected));
    ASSERT_EQ(read.actor_count(), 5u);
    const Actor& anna = read.actor(*read.find_actor("a1"));
    EXPECT_TRUE(anna.is_client) << "a boolean cell TRUE is a client";
    EXPECT_EQ(read.actor(*read.find_actor("a3")).name, "Cor\nde Vries");
}

INSTANTIATE_TEST_SUITE_P(ExcelAndLibreOffice, EveryWriter,
                         ::testing::Values("werkmap.xlsx", "werkmap-libreoffice.xlsx", "werkmap-libreoffice.ods"));

TEST_F(WorkbookFile, KeepsEveryRowsNumberAndLeavesEmptyRowsOut) {
    const Workbook workbook = gis::read_workbook(data_path("workbook/werkmap-met-fouten.xlsx"));
    ASSERT_EQ(workbook.sheets.size(), 2u);
    EXPECT_EQ(workbook.sheets[0].name, "Actoren");
    std::vector<std::size_t> numbers;
    for (const SheetRow& row : workbook.sheets[0].rows) numbers.push_back(row.number);
    EXPECT_EQ(numbers, (std::vector<std::size_t>{1, 2, 4, 5}));
    EXPECT_EQ(workbook.sheets[1].rows[2].cells, (std::vector<std::string>{"a1", "a2", "buurman", "", "los getal"}));
}

TEST_F(WorkbookFile, TellsEachProblemWithItsSheetAndRow) {
    const std::string file = data_path("workbook/werkmap-met-fouten.xlsx").string();
    const auto shown = test::problems_shown([&] { load_network(file); });
    const auto has = [&](const std::string& text) {
        return std::ranges::any_of(shown, [&](const std::string& line) { return line.find(text) != std::string::npos; });
    };
    ASSERT_FALSE(shown.empty());
    EXPECT_TRUE(has(file + ": sheet 'Actoren', row 4: duplicate actor id 'a1' (first used on row 2;")) << shown[0];
    EXPECT_TRUE(has(file + ": sheet 'Actoren', row 5: ")) << shown[0];
    EXPECT_TRUE(has("bewoner")) << "a did-you-mean for 'bewonr'";
    EXPECT_TRUE(has(file + ": sheet 'Relaties', row 2: ")) << shown[0];
    EXPECT_TRUE(has("actor 'a2' has that name")) << "a name where the id belongs";
    EXPECT_TRUE(has(file + ": sheet 'Relaties', row 3: has a value in column E, which has no header")) << "a value under no header";
}

// Blad2 is empty: GDAL gives no layer for a sheet without cells, so it is not named.
TEST_F(WorkbookFile, WithoutTheSheetsNamesTheSheetsItHas) {
    const std::string file = data_path("workbook/werkmap-zonder-bladen.xlsx").string();
    const auto shown = test::problems_shown([&] { load_network(file); });
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_NE(shown[0].find(file + ": has no sheet named 'actors' (or 'actoren', 'personen'); its sheets are 'Blad1' ("),
              std::string::npos)
        << shown[0];
}

TEST_F(WorkbookFile, AFileThatIsNoSpreadsheetIsRefusedWithItsName) {
    const test::ScratchDir scratch;
    const auto path = scratch.path() / "werkmap.xlsx";
    std::ofstream(path) << "id,naam,soort\na1,Anna,bewoner\n";
    const auto shown = test::problems_shown([&] { load_network(path); });
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_NE(shown[0].find(path.string() + ": cannot be read as a spreadsheet"), std::string::npos) << shown[0];
}

}  // namespace
}  // namespace wijknet
