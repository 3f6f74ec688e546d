// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "wijknet/analysis/small_numbers.hpp"

namespace wijknet::cli {

/// A count hidden under the small-numbers rule: shown as "<N" in tables and CSV, null in JSON.
struct SuppressedCount {
    std::size_t below = 0;
};

/// A cell: empty, text, a whole number, a decimal (NaN shows as empty), a yes/no, or suppressed.
using Cell = std::variant<std::monostate, std::string, std::int64_t, double, bool, SuppressedCount>;

Cell count_cell(std::size_t count);
Cell published_cell(const PublishedCount& count, const CountPolicy& policy);
Cell optional_cell(const std::optional<double>& value);

/// \brief One result table with stable column names (documented in docs/analyses.md).
struct ReportTable {
    std::string name;
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;
};

enum class OutputFormat { table, csv, json };

/// `table`: aligned text, each table under its name. `csv`: one header line and rows per table,
/// tables separated by a blank line (use one table per call for a clean file). `json`: an object
/// with one array of row objects per table.
void write_report(std::span<const ReportTable> tables, OutputFormat format, std::ostream& out);

}  // namespace wijknet::cli
