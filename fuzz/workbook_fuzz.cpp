// SPDX-License-Identifier: MIT
// A workbook's sheets, as GDAL hands them over (fuzz/sheet_input.hpp): one input split at its
// first NUL byte into the actors and the ties sheet. GDAL's own parsing of .xlsx and .ods is not
// fuzzed here. It must read or be refused with an InputError, never crash. Oracles: every problem names a sheet, and a row that sheet has; a
// network that reads comes back equal through the CSV pair and GraphML.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "network_oracle.hpp"
#include "sheet_input.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/workbook.hpp"

using namespace wijknet;

using fuzz::names_a_row_there;
using fuzz::sheet_of;

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
