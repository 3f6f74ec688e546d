// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <span>
#include <string>

#include "report_table.hpp"

namespace CLI {
class App;
}

namespace wijknet::cli {

/// \brief How a verb writes its report: `--format table|csv|json` and `--dialect en|nl`.
struct ReportOutput {
    std::string format = "table";
    std::string dialect = "en";

    /// `format_help` says what --format gives for this verb.
    void add_to(CLI::App& command, const std::string& format_help);
    /// CSV whenever --dialect nl asks for Dutch Excel. \throws InputError for --dialect nl with JSON.
    [[nodiscard]] OutputFormat output_format() const;
    /// Writes the report in the format and dialect asked for.
    void write(std::span<const ReportTable> tables, std::ostream& out) const;
};

}  // namespace wijknet::cli
