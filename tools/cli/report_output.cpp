// SPDX-License-Identifier: MIT
#include "report_output.hpp"

#include <CLI/CLI.hpp>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet::cli {

void ReportOutput::add_to(CLI::App& command, const std::string& format_help) {
    command.add_option("--format", format, format_help)->check(CLI::IsMember({"table", "csv", "json"}))->capture_default_str();
    command
        .add_option("--dialect", dialect,
                    "en, or nl: CSV for Dutch Excel (byte order mark, ';', Dutch column names, decimal comma, ja/nee);\n"
                    "implies --format csv")
        ->check(CLI::IsMember({"en", "nl"}))
        ->capture_default_str();
}

OutputFormat ReportOutput::output_format() const {
    if (dialect == "nl") {
        if (format == "json")
            throw InputError("--dialect", 0, "nl writes CSV for Dutch Excel, and --format json was asked for (expected --format csv or no --format)");
        return OutputFormat::csv;
    }
    if (format == "csv") return OutputFormat::csv;
    if (format == "json") return OutputFormat::json;
    return OutputFormat::table;
}

void ReportOutput::write(std::span<const ReportTable> tables, std::ostream& out) const {
    write_report(tables, output_format(), out, dialect == "nl" ? CsvDialect::dutch_excel : CsvDialect::english);
}

}  // namespace wijknet::cli
