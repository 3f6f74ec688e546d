// SPDX-License-Identifier: MIT
#include "report_output.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <sstream>

#include "wijknet/io/atomic_output.hpp"
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
    command.add_option("--table", table, "the one table to write, by name (docs/analyses.md); CSV writes the first without it");
    command.add_option("--tables", tables_folder, "write each table of the report as CSV to DIR/NAME.csv (implies --format csv)");
}

OutputFormat ReportOutput::output_format() const {
    if (dialect == "nl") {
        if (format == "json")
            throw InputError("--dialect", 0, "nl writes CSV for Dutch Excel, and --format json was asked for (expected --format csv or no --format)");
        return OutputFormat::csv;
    }
    if (format == "csv" || !tables_folder.empty()) return OutputFormat::csv;
    if (format == "json") return OutputFormat::json;
    return OutputFormat::table;
}

namespace {

std::string names_of(std::span<const ReportTable> tables) {
    std::string names;
    for (const ReportTable& table : tables) names += (names.empty() ? "" : ", ") + table.name;
    return names;
}

}  // namespace

void ReportOutput::write(std::span<const ReportTable> tables, std::ostream& out, std::ostream& err) const {
    const CsvDialect csv_dialect = dialect == "nl" ? CsvDialect::dutch_excel : CsvDialect::english;
    if (!tables_folder.empty()) {
        if (format == "json") throw InputError("--tables", 0, "writes CSV files, and --format json was asked for (expected --format csv or no --format)");
        return write_tables_folder(tables, out);
    }
    std::span<const ReportTable> chosen = tables;
    if (!table.empty()) {
        const auto found = std::find_if(tables.begin(), tables.end(), [&](const ReportTable& t) { return t.name == table; });
        if (found == tables.end())
            throw InputError("--table", 0, "names '" + table + "', which this report does not have (expected one of " + names_of(tables) + ")");
        chosen = {&*found, 1};
    } else if (output_format() == OutputFormat::csv && !tables.empty()) {
        chosen = tables.first(1);  // a CSV file is one table, which every CSV reader takes
        if (tables.size() > 1)
            err << "wijknet: note: wrote the table '" << tables.front().name << "'; the report also has " << names_of(tables.subspan(1))
                << " (--table NAME for one of them, --tables DIR for all)\n";
    }
    write_report(chosen, output_format(), out, csv_dialect);
}

void ReportOutput::write_tables_folder(std::span<const ReportTable> tables, std::ostream& out) const {
    const CsvDialect csv_dialect = dialect == "nl" ? CsvDialect::dutch_excel : CsvDialect::english;
    std::error_code error;
    std::filesystem::create_directories(tables_folder, error);
    if (error) throw RunError("cannot create " + tables_folder + ": " + error.message());
    for (const ReportTable& one : tables) {
        std::ostringstream text;
        write_report({&one, 1}, OutputFormat::csv, text, csv_dialect);
        const auto path = std::filesystem::path(tables_folder) / (one.name + ".csv");
        write_file_atomically(path, text.str());
        out << "wrote " << path.string() << " (" << one.row_count() << " rows)\n";
    }
}

}  // namespace wijknet::cli
