// SPDX-License-Identifier: MIT
// Kumu's sheets, as GDAL hands a workbook's sheets over (fuzz/sheet_input.hpp): one input split at
// its first NUL byte into two sheets, which are told apart by their first rows, not their names.
// It must read or be refused with an InputError, never crash. Oracles: every problem and warning
// names a sheet, and a row that sheet has; a network that reads comes back equal through the CSV
// pair and GraphML.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "network_oracle.hpp"
#include "sheet_input.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/kumu.hpp"

using namespace wijknet;

namespace {

void check_place(const Diagnostic& told, const Workbook& workbook) {
    if (told.file == "kaart.xlsx" && told.line == 0 &&
        (fuzz::names_a_row_there(told.message, workbook.sheets[0]) || fuzz::names_a_row_there(told.message, workbook.sheets[1])))
        return;
    fuzz::oracle_failed("every problem and warning names its sheet and a row there", "kaart.xlsx: sheet 'Elements|Connections', row N: ...",
                        told.to_string());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto split = input.find('\0');
    const Workbook workbook{{fuzz::sheet_of("Elements", input.substr(0, split)),
                             fuzz::sheet_of("Connections", split == std::string_view::npos ? "From\tTo" : input.substr(split + 1))}};
    DiagnosticList warnings;
    try {
        fuzz::check_round_trips(read_kumu_workbook(workbook, "kaart.xlsx", &warnings));
    } catch (const InputError& error) {
        for (const Diagnostic& problem : error.diagnostics()) check_place(problem, workbook);
    }
    for (const Diagnostic& warning : warnings.items()) check_place(warning, workbook);
    return 0;
}
