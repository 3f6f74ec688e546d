// SPDX-License-Identifier: MIT
#include "report_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <utility>

#include "dutch_columns.hpp"
#include "wijknet/concurrency/pieces.hpp"
#include "wijknet/io/csv_table.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::cli {
namespace {

/// How a decimal is written: rounded to six digits for people reading a table, or in CSV (as in
/// JSON) in the shortest digits that read back as the same number, so a program gets the value
/// the analysis computed (betweenness 231.07142857142858, not 231.071).
enum class Digits { readable, exact };

std::string decimal_text(double value, Digits digits) {
    if (std::isnan(value)) return {};
    if (digits == Digits::exact) return text::format_decimal(value);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

/// A cell as plain text: a view of its own text, or of `scratch` where it has to be made.
std::string_view plain_text(const Cell& cell, std::string& scratch, Digits digits) {
    struct Visitor {
        std::string& scratch;
        Digits digits;
        std::string_view operator()(std::monostate) const { return {}; }
        std::string_view operator()(const std::string& text) const { return text; }
        std::string_view operator()(std::int64_t value) const { return scratch = std::to_string(value); }
        std::string_view operator()(double value) const { return scratch = decimal_text(value, digits); }
        std::string_view operator()(bool value) const { return value ? "yes" : "no"; }
        std::string_view operator()(SuppressedCount s) const { return scratch = "<" + std::to_string(s.below); }
    };
    return std::visit(Visitor{scratch, digits}, cell);
}

void append_csv_field(std::string& text, std::string_view value, char separator) {
    if (csv_needs_quotes(value, separator)) text += csv_field(value, separator);
    else text += value;
}

/// A cell as Dutch Excel reads it: a decimal comma, ja/nee, actor kinds in Dutch.
std::string dutch_text(const Cell& cell, std::string_view column) {
    std::string scratch;
    if (const bool* yes = std::get_if<bool>(&cell)) return *yes ? "ja" : "nee";
    if (const double* value = std::get_if<double>(&cell)) {
        std::string text = decimal_text(*value, Digits::exact);
        std::ranges::replace(text, '.', ',');
        return text;
    }
    return dutch_cell_text(column, plain_text(cell, scratch, Digits::exact));
}

void write_csv_header(const ReportTable& table, CsvDialect dialect, std::ostream& out) {
    const bool dutch = dialect == CsvDialect::dutch_excel;
    const char separator = dutch ? ';' : ',';
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const std::string_view column = table.columns[c];
        out << (c ? std::string(1, separator) : "") << csv_field(dutch ? dutch_column_name(column).value_or(column) : column, separator);
    }
    out << '\n';
}

/// Writes each row of `table` as `format_row(row, cells, text)` appends it to a text. Made rows
/// are made and formatted in blocks on every core, a few blocks at a time, and written in order:
/// a list of a city's flagged residents reads its actors at random, and the cores share the
/// waits for memory. (So a row maker must be safe to call from several threads at once.)
template <typename FormatRow>
void write_rows(const ReportTable& table, std::ostream& out, FormatRow&& format_row) {
    std::string text;
    if (!table.make_row) {
        for (std::size_t r = 0; r < table.rows.size(); ++r) format_row(r, table.rows[r], text);
        out << text;
        return;
    }
    constexpr std::size_t rows_per_block = 2048;
    const std::size_t blocks = (table.made_rows + rows_per_block - 1) / rows_per_block;
    std::vector<std::string> texts(std::min(blocks, 4 * cores()));
    for (std::size_t first = 0; first < blocks; first += texts.size()) {
        const std::size_t round = std::min(texts.size(), blocks - first);
        on_each_piece(round, [&](std::size_t k) {
            std::vector<Cell> cells(table.columns.size());
            std::string& block = texts[k];
            block.clear();
            const std::size_t begin = (first + k) * rows_per_block;
            const std::size_t end = std::min(begin + rows_per_block, table.made_rows);
            for (std::size_t r = begin; r < end; ++r) {
                table.make_row(r, cells);
                format_row(r, std::as_const(cells), block);
            }
        });
        for (std::size_t k = 0; k < round; ++k) out << texts[k];
    }
}

/// Calls `visit(cells)` for each row, held or made.
template <typename Visit>
void for_each_row(const ReportTable& table, Visit&& visit) {
    if (!table.make_row) {
        for (const auto& row : table.rows) visit(row);
        return;
    }
    std::vector<Cell> cells(table.columns.size());
    for (std::size_t r = 0; r < table.made_rows; ++r) {
        table.make_row(r, cells);
        visit(std::as_const(cells));
    }
}

std::string json_string(std::string_view text) { return text::json_quoted(text); }

std::string json_value(const Cell& cell) {
    struct Visitor {
        std::string operator()(std::monostate) const { return "null"; }
        std::string operator()(const std::string& text) const { return json_string(text); }
        std::string operator()(std::int64_t value) const { return std::to_string(value); }
        std::string operator()(double value) const { return std::isfinite(value) ? text::format_decimal(value) : "null"; }
        std::string operator()(bool value) const { return value ? "true" : "false"; }
        std::string operator()(SuppressedCount) const { return "null"; }
    };
    return std::visit(Visitor{}, cell);
}

/// Display width in characters, counting a UTF-8 sequence once.
std::size_t width_of(std::string_view text) {
    std::size_t width = 0;
    for (const char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return width;
}

bool is_numeric(const Cell& cell) {
    return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell) ||
           std::holds_alternative<SuppressedCount>(cell);
}

void write_aligned(const ReportTable& table, std::ostream& out) {
    std::vector<std::size_t> widths;
    for (const auto& column : table.columns) widths.push_back(width_of(column));
    std::string scratch;
    for_each_row(table, [&](const std::vector<Cell>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width_of(plain_text(row[c], scratch, Digits::readable)));
    });
    const auto pad = [&out](std::string_view text, std::size_t width, bool right) {
        const std::string fill(width - width_of(text), ' ');
        if (right) out << fill << text;
        else out << text << fill;
    };
    out << table.name << '\n';
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        out << (c ? "  " : "  ");
        pad(table.columns[c], widths[c], false);
    }
    out << '\n';
    for_each_row(table, [&](const std::vector<Cell>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            out << "  ";
            pad(plain_text(row[c], scratch, Digits::readable), widths[c], is_numeric(row[c]));
        }
        out << '\n';
    });
    if (table.row_count() == 0) out << "  (none)\n";
}

/// One header line and rows per table, tables separated by a blank line; for Dutch Excel with a
/// byte order mark (else Excel takes UTF-8 for Windows-1252) and `;` between fields.
void write_csv(std::span<const ReportTable> tables, CsvDialect dialect, std::ostream& out) {
    const bool dutch = dialect == CsvDialect::dutch_excel;
    if (dutch) out << "\xEF\xBB\xBF";
    for (std::size_t t = 0; t < tables.size(); ++t) {
        if (t) out << '\n';
        write_csv_header(tables[t], dialect, out);
        const auto& columns = tables[t].columns;
        write_rows(tables[t], out, [dutch, &columns](std::size_t, const std::vector<Cell>& row, std::string& text) {
            std::string scratch;
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (c) text += dutch ? ';' : ',';
                if (dutch) append_csv_field(text, dutch_text(row[c], columns[c]), ';');
                else append_csv_field(text, plain_text(row[c], scratch, Digits::exact), ',');
            }
            text += '\n';
        });
    }
}

}  // namespace

Cell count_cell(std::size_t count) { return static_cast<std::int64_t>(count); }

Cell published_cell(const PublishedCount& count, const CountPolicy& policy) {
    if (count.suppressed()) return SuppressedCount{policy.min_cell};
    return count_cell(*count.value());
}

Cell optional_cell(const std::optional<double>& value) {
    if (!value) return std::monostate{};
    return *value;
}

void write_report(std::span<const ReportTable> tables, OutputFormat format, std::ostream& out, CsvDialect dialect) {
    switch (format) {
        case OutputFormat::table:
            for (std::size_t t = 0; t < tables.size(); ++t) {
                if (t) out << '\n';
                write_aligned(tables[t], out);
            }
            return;
        case OutputFormat::csv: write_csv(tables, dialect, out); return;
        case OutputFormat::json:
            out << "{";
            for (std::size_t t = 0; t < tables.size(); ++t) {
                out << (t ? ",\n " : "\n ") << json_string(tables[t].name) << ": [";
                std::vector<std::string> keys;
                for (const auto& column : tables[t].columns) keys.push_back(json_string(column) + ": ");
                write_rows(tables[t], out, [&keys](std::size_t r, const std::vector<Cell>& row, std::string& text) {
                    text += r == 0 ? "\n  {" : ",\n  {";
                    for (std::size_t c = 0; c < row.size(); ++c) {
                        if (c) text += ", ";
                        text += keys[c];
                        text += json_value(row[c]);
                    }
                    text += '}';
                });
                out << (tables[t].row_count() == 0 ? "]" : "\n ]");
            }
            out << "\n}\n";
            return;
    }
}

}  // namespace wijknet::cli
