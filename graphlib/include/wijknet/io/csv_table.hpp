// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet {

/// Lines of a text that are not UTF-8: the first few, with their lines, and how many in all.
struct EncodingReport {
    std::vector<Diagnostic> first;
    std::size_t lines = 0;
};

/// Puts in front of `problems` the encoding problems of `file`, read in `parts` (in file order):
/// the first ten lines in full, then how many more. A file saved in Windows-1252 has é and ë everywhere.
void report_encoding(std::span<const EncodingReport> parts, const std::string& file, DiagnosticList& problems);

/// \brief Splits CSV text into records without copying them: each field is a view into the text,
/// so a file of millions of ties is read at the speed of scanning it.
///
/// RFC 4180 quoting; `,` or `;` detected from the header line; UTF-8 with or without a byte-order
/// mark; `\n` or `\r\n` line ends; blank lines skipped. Problems (bytes that are not UTF-8, an
/// unclosed quote, more fields than the header) go to `problems` under the name `file`. Records
/// with too few fields are padded with empty ones, as spreadsheets drop trailing empty cells.
/// O(size of the text).
class CsvReader {
public:
    /// Called for each record, the header first; `line` is the line the record starts on. The
    /// views are valid during the call only.
    using RecordHandler = std::function<void(std::size_t line, std::span<const std::string_view> fields)>;
    /// Called now and then with the number of bytes read so far, between records.
    using ProgressHandler = std::function<void(std::size_t bytes_read)>;

    CsvReader(std::string file, DiagnosticList& problems, RecordHandler on_record);
    void on_progress(ProgressHandler handler, std::size_t every_bytes);
    /// Reads a whole file's text.
    void read(std::string_view text);
    /// Reads the header line of a file whose other lines pieces read (read_piece()): as read(),
    /// but its encoding problems are left to be reported with those of the pieces.
    void read_header(std::string_view header_line);
    /// Reads a piece of a file that was cut at a line end, so that pieces can be read on several
    /// threads: records only, the header having been read from the file's start, and lines
    /// counted from `first_line`. Only for text without quotes, which could hold a line end.
    void read_piece(std::string_view text, char separator, std::size_t header_size, std::size_t first_line);
    /// The lines read that are not UTF-8, which read_header() and read_piece() leave to the
    /// caller to report (report_encoding()) with those of the other pieces; read() reports its own.
    [[nodiscard]] const EncodingReport& encoding() const { return encoding_; }
    [[nodiscard]] char separator() const { return separator_; }
    /// The number of fields in the header, once it is read.
    [[nodiscard]] std::size_t header_size() const { return header_size_; }

private:
    /// Reads the record starting at `p`; returns where the next one starts.
    const char* read_record(const char* p, const char* end);
    /// Splits a record without quotes into fields_; returns where it ends (its line end, or
    /// `end`), or nullptr when it holds a quote.
    const char* split_plain_record(const char* p, const char* end);
    /// Splits any record into fields_, quotes and all; returns where it ends.
    const char* split_record_with_quotes(const char* p, const char* end);
    /// Reads one quoted field starting at its opening quote; returns where the field ends.
    const char* read_quoted_field(const char* p, const char* end);
    void read_records(std::string_view text);
    void check_encoding(std::string_view record, std::size_t line);
    /// Whether the text from `start` to `stop` lies in a block found to be UTF-8 text without
    /// control characters: checking 64 kB
    /// ahead at once costs less than checking each record, and a block that is not is then
    /// checked record by record to find the lines.
    bool in_utf8_block(const char* start, const char* stop, const char* end);
    void deliver(std::size_t line);

    std::string file_;
    DiagnosticList& problems_;
    RecordHandler on_record_;
    ProgressHandler on_progress_;
    std::size_t progress_every_ = 0;
    char separator_ = ',';
    std::size_t line_ = 1;
    std::size_t header_size_ = 0;
    bool have_header_ = false;
    bool unclosed_quote_ = false;
    EncodingReport encoding_;
    const char* block_from_ = nullptr;
    const char* block_until_ = nullptr;
    bool block_is_utf8_ = false;
    /// Where the separators, line ends and quotes are in the 64 bytes from `marks_from_`, a bit
    /// per byte: fields are cut by counting bits, not by testing every byte.
    const char* marks_from_ = nullptr;
    std::uint64_t marks_ = 0;
    std::vector<std::string_view> fields_;
    /// Fields that are not a plain slice of the text ("" inside quotes); a deque, so the views
    /// into earlier ones stay valid as more are added.
    std::deque<std::string> unescaped_;
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

/// Whether a field must be quoted: it holds a comma or semicolon (either can be taken for the
/// separator), a quote or a line break, or starts or ends with a space (which spreadsheets would
/// trim).
bool csv_needs_quotes(std::string_view value, char separator = ',');

/// The field as written in a CSV file: quoted where `csv_needs_quotes`, else as it is.
std::string csv_field(std::string_view value, char separator = ',');

}  // namespace wijknet
