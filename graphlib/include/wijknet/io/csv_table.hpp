// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet {

/// \brief A CSV file split into fields, each record remembering the line it starts on.
struct CsvTable {
    struct Record {
        std::size_t line = 0;
        std::vector<std::string> fields;
    };

    char separator = ',';
    std::size_t header_line = 1;
    std::vector<std::string> header;
    std::vector<Record> records;
};

/// Splits CSV text (RFC 4180 quoting; `,` or `;` detected from the header; UTF-8 with or without a
/// byte-order mark; `\n` or `\r\n` line ends). Blank lines are skipped. Problems (not UTF-8, an
/// unclosed quote, more fields than the header) go to `problems` under the name `file`; records
/// with too few fields are padded with empty ones, as spreadsheets drop trailing empty cells.
/// O(size of the text).
CsvTable parse_csv(std::string_view text, const std::string& file, DiagnosticList& problems);

/// Quotes a field when it holds the separator, a quote, or a line break.
std::string csv_field(std::string_view value, char separator = ',');

}  // namespace wijknet
