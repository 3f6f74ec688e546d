// SPDX-License-Identifier: MIT
#include "report_table.hpp"

#include <cmath>
#include <cstdio>
#include <ostream>

#include "wijknet/io/csv_table.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::cli {
namespace {

std::string decimal_text(double value) {
    if (std::isnan(value)) return {};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string plain_text(const Cell& cell) {
    struct Visitor {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const std::string& text) const { return text; }
        std::string operator()(std::int64_t value) const { return std::to_string(value); }
        std::string operator()(double value) const { return decimal_text(value); }
        std::string operator()(bool value) const { return value ? "yes" : "no"; }
        std::string operator()(SuppressedCount s) const { return "<" + std::to_string(s.below); }
    };
    return std::visit(Visitor{}, cell);
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\u%04x", c);
                    out += escape;
                } else {
                    out += c;
                }
        }
    }
    return out + '"';
}

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
    for (const auto& row : table.rows)
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width_of(plain_text(row[c])));
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
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            out << "  ";
            pad(plain_text(row[c]), widths[c], is_numeric(row[c]));
        }
        out << '\n';
    }
    if (table.rows.empty()) out << "  (none)\n";
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

void write_report(std::span<const ReportTable> tables, OutputFormat format, std::ostream& out) {
    switch (format) {
        case OutputFormat::table:
            for (std::size_t t = 0; t < tables.size(); ++t) {
                if (t) out << '\n';
                write_aligned(tables[t], out);
            }
            return;
        case OutputFormat::csv:
            for (std::size_t t = 0; t < tables.size(); ++t) {
                if (t) out << '\n';
                for (std::size_t c = 0; c < tables[t].columns.size(); ++c)
                    out << (c ? "," : "") << csv_field(tables[t].columns[c]);
                out << '\n';
                for (const auto& row : tables[t].rows) {
                    for (std::size_t c = 0; c < row.size(); ++c) out << (c ? "," : "") << csv_field(plain_text(row[c]));
                    out << '\n';
                }
            }
            return;
        case OutputFormat::json:
            out << "{";
            for (std::size_t t = 0; t < tables.size(); ++t) {
                out << (t ? ",\n " : "\n ") << json_string(tables[t].name) << ": [";
                for (std::size_t r = 0; r < tables[t].rows.size(); ++r) {
                    out << (r ? ",\n  {" : "\n  {");
                    const auto& row = tables[t].rows[r];
                    for (std::size_t c = 0; c < row.size(); ++c)
                        out << (c ? ", " : "") << json_string(tables[t].columns[c]) << ": " << json_value(row[c]);
                    out << "}";
                }
                out << (tables[t].rows.empty() ? "]" : "\n ]");
            }
            out << "\n}\n";
            return;
    }
}

}  // namespace wijknet::cli
