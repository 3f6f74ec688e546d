// SPDX-License-Identifier: MIT
#include "wijknet/io/csv_table.hpp"

#include <algorithm>

#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr std::size_t max_encoding_reports = 10;

// Reports each line holding bytes that are not UTF-8 (up to a limit): a file saved in
// Windows-1252 has é and ë all over, and the user needs to know it is the whole file.
bool check_encoding(std::string_view text, const std::string& file, DiagnosticList& problems) {
    std::size_t offset = 0;
    std::size_t reported = 0;
    std::size_t bad_lines = 0;
    std::size_t line = 1;
    std::size_t line_start = 0;
    while (offset < text.size()) {
        std::size_t bad = 0;
        if (text::is_utf8(text.substr(offset), &bad)) break;
        bad += offset;
        line += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(line_start),
                                                    text.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
        ++bad_lines;
        if (reported < max_encoding_reports) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[bad]));
            problems.add(file, line,
                         std::string("byte ") + byte +
                             " is not UTF-8 (expected a UTF-8 file; save it as 'CSV UTF-8' in your spreadsheet)");
            ++reported;
        }
        const auto end_of_line = text.find('\n', bad);
        if (end_of_line == std::string_view::npos) break;
        offset = end_of_line + 1;
        line_start = offset;
        ++line;
    }
    if (bad_lines > reported)
        problems.add(file, 0, "and " + std::to_string(bad_lines - reported) + " more lines that are not UTF-8");
    return bad_lines == 0;
}

char detect_separator(std::string_view text) {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& file, DiagnosticList& problems) {
    CsvTable table;
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
    if (!check_encoding(text, file, problems)) return table;
    table.separator = detect_separator(text);

    std::vector<std::string> fields;
    std::string field;
    std::size_t line = 1;
    std::size_t record_line = 1;
    std::size_t quote_line = 0;
    bool quoted = false;
    bool field_started = false;
    bool have_header = false;

    const auto end_record = [&] {
        fields.push_back(std::move(field));
        field.clear();
        field_started = false;
        const bool blank = fields.size() == 1 && text::trim(fields.front()).empty();
        if (!blank) {
            if (!have_header) {
                table.header = std::move(fields);
                table.header_line = record_line;
                have_header = true;
            } else {
                if (fields.size() > table.header.size()) {
                    problems.add(file, record_line,
                                 "has " + std::to_string(fields.size()) + " fields but the header has " +
                                     std::to_string(table.header.size()) +
                                     " (expected one field per column; is a quote or separator out of place?)");
                }
                fields.resize(table.header.size());
                table.records.push_back({record_line, std::move(fields)});
            }
        }
        fields.clear();
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !field_started) {
            quoted = true;
            field_started = true;
            quote_line = line;
        } else if (c == table.separator) {
            fields.push_back(std::move(field));
            field.clear();
            field_started = false;
        } else if (c == '\n') {
            end_record();
            ++line;
            record_line = line;
        } else if (c == '\r') {
            // part of \r\n; a lone \r inside a field is dropped as well
        } else {
            field += c;
            field_started = true;
        }
    }
    if (quoted) {
        problems.add(file, quote_line, "quote opened here is never closed (expected a closing '\"')");
        return table;
    }
    if (field_started || !fields.empty() || !field.empty()) end_record();
    if (!have_header) problems.add(file, 0, "is empty (expected a header line with column names)");
    return table;
}

std::string csv_field(std::string_view value, char separator) {
    const bool needs_quotes = value.find_first_of(std::string{separator, '"', '\n', '\r'}) != std::string_view::npos ||
                              (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!needs_quotes) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace wijknet
