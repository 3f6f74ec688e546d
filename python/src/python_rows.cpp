// SPDX-License-Identifier: MIT
#include "python_rows.hpp"

#include <cmath>
#include <variant>
#include <vector>

#include "io/value_type.hpp"
#include "wijknet/io/csv_table.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"

namespace py = pybind11;

namespace wijknet::python {
namespace {

py::object value_of(const cli::Cell& cell) {
    struct Visitor {
        py::object operator()(std::monostate) const { return py::none(); }
        py::object operator()(const std::string& text) const { return py::str(text); }
        py::object operator()(std::int64_t value) const { return py::int_(value); }
        py::object operator()(double value) const { return std::isnan(value) ? py::object(py::none()) : py::object(py::float_(value)); }
        py::object operator()(bool value) const { return py::bool_(value); }
        py::object operator()(cli::SuppressedCount) const { return py::none(); }
    };
    return std::visit(Visitor{}, cell);
}

enum class ColumnType { integer, decimal, yes_no, text };

/// Ids, names and codes stay text even when they look like numbers (`007`, buurt `0363`).
bool always_text(std::string_view column) {
    for (const std::string_view text_column : {"id", "name", "source", "target", "pseudonym", "organisation", "area"})
        if (column == text_column) return true;
    return false;
}

ColumnType type_of_column(const CsvTable& table, std::size_t column) {
    if (always_text(table.header[column])) return ColumnType::text;
    std::vector<std::string_view> values;
    bool yes_no = true;
    for (const auto& record : table.records) {
        const std::string_view value = column < record.fields.size() ? text::trim(record.fields[column]) : std::string_view();
        if (value.empty()) continue;
        values.push_back(value);
        yes_no = yes_no && (value == "yes" || value == "no");
    }
    if (values.empty()) return ColumnType::text;
    if (yes_no) return ColumnType::yes_no;
    switch (narrowest_type(values)) {
        case ValueType::integer: return ColumnType::integer;
        case ValueType::decimal: return ColumnType::decimal;
        default: return ColumnType::text;
    }
}

py::object typed(std::string_view value, ColumnType type) {
    value = text::trim(value);
    if (value.empty()) return py::none();
    switch (type) {
        case ColumnType::integer: return py::int_(py::str(std::string(value)));
        case ColumnType::decimal: return py::float_(*text::parse_decimal(value));
        case ColumnType::yes_no: return py::bool_(value == "yes");
        case ColumnType::text: break;
    }
    return py::str(std::string(value));
}

}  // namespace

py::list rows_of(const cli::ReportTable& table) {
    py::list rows;
    std::vector<cli::Cell> made(table.columns.size());  // make_row fills the cells it is given
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        if (table.make_row) table.make_row(r, made);
        const std::vector<cli::Cell>& cells = table.make_row ? made : table.rows[r];
        py::dict row;
        for (std::size_t c = 0; c < table.columns.size() && c < cells.size(); ++c) row[py::str(table.columns[c])] = value_of(cells[c]);
        rows.append(std::move(row));
    }
    return rows;
}

py::dict tables_of(const std::vector<cli::ReportTable>& tables) {
    py::dict by_name;
    for (const cli::ReportTable& table : tables) by_name[py::str(table.name)] = rows_of(table);
    return by_name;
}

py::list rows_of_csv(const std::string& csv_text, const std::string& name) {
    DiagnosticList problems;
    const CsvTable table = parse_csv(csv_text, name, problems);
    std::vector<ColumnType> types;
    for (std::size_t c = 0; c < table.header.size(); ++c) types.push_back(type_of_column(table, c));
    py::list rows;
    for (const auto& record : table.records) {
        py::dict row;
        for (std::size_t c = 0; c < table.header.size(); ++c)
            row[py::str(table.header[c])] = typed(c < record.fields.size() ? std::string_view(record.fields[c]) : std::string_view(), types[c]);
        rows.append(std::move(row));
    }
    return rows;
}

}  // namespace wijknet::python
