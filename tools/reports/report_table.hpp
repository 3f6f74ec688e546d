// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "wijknet/analysis/small_numbers.hpp"
#include "wijknet/io/csv_pair.hpp"

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
///
/// Its rows are either held as cells (`rows`) or made one at a time as they are written
/// (`make_row`), for lists as long as the residents of a city: 140,000 flagged residents of a
/// million took 100 MB and 0.6 s as cells.
struct ReportTable {
    /// Fills `cells` (one per column, reused from a row before) with row `row`. Called from
    /// several threads at once, each with cells of its own, for rows in any order: it may only
    /// read what it shares.
    using RowMaker = std::function<void(std::size_t row, std::vector<Cell>& cells)>;

    std::string name;
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;
    /// When set, the table has `made_rows` rows made by it, and `rows` is not read.
    RowMaker make_row;
    std::size_t made_rows = 0;

    std::size_t row_count() const { return make_row ? made_rows : rows.size(); }
};

enum class OutputFormat { table, csv, json };

/// `table`: aligned text, each table under its name. `csv`: one header line and rows per table,
/// tables separated by a blank line (use one table per call for a clean file). `json`: an object
/// with one array of row objects per table. CSV for Dutch Excel (`dialect`): a byte order mark,
/// `;`, Dutch column names (dutch_columns.hpp), a decimal comma, `ja`/`nee`, actor kinds in Dutch.
void write_report(std::span<const ReportTable> tables, OutputFormat format, std::ostream& out,
                  CsvDialect dialect = CsvDialect::english);

}  // namespace wijknet::cli
