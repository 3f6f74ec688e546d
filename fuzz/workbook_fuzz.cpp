// SPDX-License-Identifier: MIT
// A workbook's sheets, as GDAL hands them over (wijknet/io/workbook.hpp): one input split at its
// first NUL byte into the actors and the ties sheet; rows at line ends, cells at tabs, a 0x1f byte
// a line break inside a cell; an empty line is a row the reader left out, so row numbers have
// gaps. GDAL's own parsing of .xlsx and .ods is not fuzzed here. It must read or be refused with
// an InputError, never crash. Oracles: every problem names a sheet, and a row that sheet has; a
// network that reads comes back equal through the CSV pair and GraphML.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "network_oracle.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/workbook.hpp"

using namespace wijknet;

namespace {

Sheet sheet_of(std::string name, std::string_view text) {
    Sheet sheet{std::move(name), {}};
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        ++number;
        if (line.empty()) continue;
        SheetRow row{number, {""}};
        for (const char c : line) {
            if (c == '\t') row.cells.emplace_back();
            else row.cells.back() += c == '\x1f' ? '\n' : c;
        }
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

/// Whether `message` starts with `sheet 'NAME'` and, if a row follows, one the sheet has.
bool names_a_row_there(const std::string& message, const Sheet& sheet) {
    const std::string place = "sheet '" + sheet.name + "'";
    if (!message.starts_with(place)) return false;
    constexpr std::string_view row_mark = ", row ";
    if (message.compare(place.size(), row_mark.size(), row_mark) != 0) return message.compare(place.size(), 2, ": ") == 0;
    const std::size_t number = std::stoul(message.substr(place.size() + row_mark.size()));
    return std::ranges::any_of(sheet.rows, [&](const SheetRow& row) { return row.number == number; });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto split = input.find('\0');
    const Workbook workbook{{sheet_of("Actoren", input.substr(0, split)),
                             sheet_of("Relaties", split == std::string_view::npos ? "van\tnaar" : input.substr(split + 1))}};
    try {
        fuzz::check_round_trips(read_workbook_network(workbook, "werkmap.xlsx"));
    } catch (const InputError& error) {
        for (const Diagnostic& problem : error.diagnostics()) {
            if (problem.file != "werkmap.xlsx" || problem.line != 0 ||
                !(names_a_row_there(problem.message, workbook.sheets[0]) || names_a_row_there(problem.message, workbook.sheets[1])))
                fuzz::oracle_failed("every problem names its sheet and a row there", "sheet 'Actoren|Relaties', row N: ...",
                                    problem.to_string());
        }
    }
    return 0;
}
