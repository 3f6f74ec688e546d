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

/// \brief How a verb writes its report: `--format table|csv|json`, `--dialect en|nl`, and which of
/// its tables: a CSV file is one table (the report's first, or `--table NAME`), or `--tables DIR`
/// writes each table to DIR/NAME.csv; a table for reading and JSON hold them all.
struct ReportOutput {
    std::string format = "table";
    std::string dialect = "en";
    std::string table;
    std::string tables_folder;

    /// `format_help` says what --format gives for this verb.
    void add_to(CLI::App& command, const std::string& format_help);
    /// CSV whenever --dialect nl asks for Dutch Excel. \throws InputError for --dialect nl with JSON.
    [[nodiscard]] OutputFormat output_format() const;
    /// Writes the report in the format and dialect asked for. \throws InputError for a --table
    /// the report does not have.
    /// A CSV file of a report of several tables names those left out on `err`.
    void write(std::span<const ReportTable> tables, std::ostream& out, std::ostream& err) const;

private:
    void write_tables_folder(std::span<const ReportTable> tables, std::ostream& out) const;
};

}  // namespace wijknet::cli
