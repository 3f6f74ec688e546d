// SPDX-License-Identifier: MIT
// A workbook's sheets `actors` and `ties` are read as the CSV pair they would be saved as, so a
// spreadsheet means exactly what the two files would; only the places in messages differ.
#include "wijknet/io/workbook.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <optional>
#include <utility>
#include <span>
#include <string_view>

#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/csv_table.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {

namespace {

std::atomic<WorkbookReader> workbook_reader{nullptr};

constexpr std::array<std::string_view, 3> actor_sheet_names{"actors", "actoren", "personen"};
constexpr std::array<std::string_view, 3> tie_sheet_names{"ties", "relaties", "banden"};

const Sheet* sheet_named(const Workbook& workbook, std::span<const std::string_view> names) {
    for (const Sheet& sheet : workbook.sheets)
        for (const std::string_view name : names)
            if (text::iequals(text::trim(sheet.name), name)) return &sheet;
    return nullptr;
}

std::string quoted_names(const Workbook& workbook) {
    if (workbook.sheets.empty()) return "none";
    std::string names;
    for (const Sheet& sheet : workbook.sheets) names += (names.empty() ? "'" : ", '") + sheet.name + "'";
    return names;
}

[[noreturn]] void refuse_missing_sheet(const Workbook& workbook, const std::string& file_name,
                                       std::span<const std::string_view> names) {
    throw InputError(file_name, 0,
                     "has no sheet named '" + std::string(names[0]) + "' (or '" + std::string(names[1]) + "', '" +
                         std::string(names[2]) + "'); its sheets are " + quoted_names(workbook) +
                         " (expected one sheet of actors and one of ties, each as the CSV pair's file of that name, or Kumu's sheets, one starting with From and To)");
}

/// \brief A sheet as CSV text, and the sheet row each line of the text came from: a cell may
/// hold a line break, and rows left out by the reader (empty ones) leave gaps.
struct SheetText {
    std::string csv;
    std::vector<std::size_t> row_of_line;  // [line - 1]
    /// Values in columns without a header, by the line of their row: a sheet has no separator
    /// to put out of place, so they are told by their column, not as the CSV pair tells them.
    std::vector<Diagnostic> stray_values;
};

/// Column 0 as A, 26 as AA: as the spreadsheet labels it.
std::string column_letters(std::size_t column) {
    std::string letters;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

/// Leaves out a row's cells right of the header, telling the first filled one.
void drop_stray_cells(std::vector<std::string>& cells, std::size_t header_size, const std::string& file, std::size_t line,
                      std::vector<Diagnostic>& stray_values) {
    if (cells.size() <= header_size) return;
    const auto filled = std::find_if(cells.begin() + static_cast<std::ptrdiff_t>(header_size), cells.end(),
                                     [](const std::string& cell) { return !text::trim(cell).empty(); });
    if (filled != cells.end())
        stray_values.push_back({file, line,
                                "has a value in column " + column_letters(static_cast<std::size_t>(filled - cells.begin())) +
                                    ", which has no header (expected a column name in the first row above every filled column)"});
    cells.resize(header_size);
}

SheetText sheet_text(const Sheet& sheet, const std::string& file) {
    SheetText text;
    const std::size_t header_size = sheet.rows.empty() ? 0 : sheet.rows.front().cells.size();
    for (const SheetRow& row : sheet.rows) {
        std::vector<std::string> cells = row.cells;
        drop_stray_cells(cells, header_size, file, text.row_of_line.size() + 1, text.stray_values);
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + csv_field(cells[i]);
        line += '\n';
        text.row_of_line.insert(text.row_of_line.end(), std::ranges::count(line, '\n'), row.number);
        text.csv += line;
    }
    return text;
}

/// `first used on line N` as `first used on row M`: the one message that names another line.
std::string with_rows_for_lines(std::string message, const SheetText& text) {
    constexpr std::string_view mark = "first used on line ";
    const std::size_t at = message.find(mark);
    if (at == std::string::npos) return message;
    const char* digits = message.data() + at + mark.size();
    std::size_t line = 0;
    const auto [end, error] = std::from_chars(digits, message.data() + message.size(), line);
    if (error != std::errc{} || line == 0 || line > text.row_of_line.size()) return message;
    return message.substr(0, at) + "first used on row " + std::to_string(text.row_of_line[line - 1]) +
           message.substr(static_cast<std::size_t>(end - message.data()));
}

Diagnostic in_sheet(const Diagnostic& problem, const Sheet& sheet, const SheetText& text, const std::string& file_name) {
    std::string place = "sheet '" + sheet.name + "'";
    if (problem.line > 0 && problem.line <= text.row_of_line.size())
        place += ", row " + std::to_string(text.row_of_line[problem.line - 1]);
    return {file_name, 0, place + ": " + with_rows_for_lines(problem.message, text)};
}

}  // namespace

void set_workbook_reader(WorkbookReader reader) { workbook_reader.store(reader); }

bool has_actor_and_tie_sheets(const Workbook& workbook) {
    return sheet_named(workbook, actor_sheet_names) != nullptr && sheet_named(workbook, tie_sheet_names) != nullptr;
}

Workbook read_workbook_file(const std::filesystem::path& path) {
    const WorkbookReader reader = workbook_reader.load();
    if (reader == nullptr)
        throw RunError(path.string() + ": this program cannot read spreadsheet files (.xlsx, .ods): they are read through wijknet's GIS module (GDAL), which it does not load");
    return reader(path);
}

Network read_workbook_network(const Workbook& workbook, const std::string& file_name) {
    const Sheet* actors = sheet_named(workbook, actor_sheet_names);
    if (actors == nullptr) refuse_missing_sheet(workbook, file_name, actor_sheet_names);
    const Sheet* ties = sheet_named(workbook, tie_sheet_names);
    if (ties == nullptr) refuse_missing_sheet(workbook, file_name, tie_sheet_names);
    // Names no file could have, so that each problem is told which sheet it is of.
    const std::string actors_name = "\x01" "actors", ties_name = "\x01" "ties";
    const SheetText actors_text = sheet_text(*actors, actors_name), ties_text = sheet_text(*ties, ties_name);
    std::vector<Diagnostic> problems = actors_text.stray_values;
    problems.insert(problems.end(), ties_text.stray_values.begin(), ties_text.stray_values.end());
    std::optional<Network> network;
    try {
        network = read_csv_pair_text(actors_text.csv, ties_text.csv, actors_name, ties_name);
    } catch (const InputError& error) {
        problems.insert(problems.end(), error.diagnostics().begin(), error.diagnostics().end());
    }
    if (problems.empty()) return std::move(*network);
    // Sheet by sheet, row by row, as the user goes through them.
    std::ranges::stable_sort(problems, {}, [&](const Diagnostic& problem) { return std::pair(problem.file != actors_name, problem.line); });
    for (Diagnostic& problem : problems) {
        if (problem.file == actors_name) problem = in_sheet(problem, *actors, actors_text, file_name);
        else if (problem.file == ties_name) problem = in_sheet(problem, *ties, ties_text, file_name);
    }
    throw InputError(std::move(problems));
}

}  // namespace wijknet
