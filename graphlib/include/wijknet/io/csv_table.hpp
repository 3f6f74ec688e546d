// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet {

/// \brief Splits CSV text into records as it arrives, so a file of millions of ties never has to
/// be in memory at once.
///
/// RFC 4180 quoting; `,` or `;` detected from the header line; UTF-8 with or without a byte-order
/// mark; `\n` or `\r\n` line ends; blank lines skipped. Problems (bytes that are not UTF-8, an
/// unclosed quote, more fields than the header) go to `problems` under the name `file`. Records
/// with too few fields are padded with empty ones, as spreadsheets drop trailing empty cells.
/// O(size of the text).
class CsvReader {
public:
    /// Called for each record, the header first; `line` is the line the record starts on.
    using RecordHandler = std::function<void(std::size_t line, std::span<const std::string> fields)>;

    CsvReader(std::string file, DiagnosticList& problems, RecordHandler on_record);
    /// The next piece of the file, split anywhere.
    void feed(std::string_view chunk);
    /// The end of the file.
    void finish();
    [[nodiscard]] char separator() const { return separator_; }

private:
    void end_field();
    void end_record();

    std::string file_;
    DiagnosticList& problems_;
    RecordHandler on_record_;
    char separator_ = ',';
    bool started_ = false;
    bool quoted_ = false;
    bool quote_pending_ = false;  // a quote inside a quoted field: closing, or the first of ""
    bool field_started_ = false;
    std::size_t line_ = 1;
    std::size_t record_line_ = 1;
    std::size_t quote_line_ = 0;
    std::size_t header_size_ = 0;
    bool have_header_ = false;
    std::size_t last_encoding_line_ = 0;
    std::size_t encoding_reports_ = 0;
    std::size_t encoding_lines_ = 0;
    std::string field_;
    std::vector<std::string> fields_;  // the current record's fields are the first field_count_
    std::size_t field_count_ = 0;
};

/// \brief A whole CSV file split into fields, for small files and tests.
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

/// Reads a whole text with CsvReader.
CsvTable parse_csv(std::string_view text, const std::string& file, DiagnosticList& problems);

/// Quotes a field when it holds the separator, a quote, or a line break.
std::string csv_field(std::string_view value, char separator = ',');

}  // namespace wijknet
