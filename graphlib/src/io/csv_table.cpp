// SPDX-License-Identifier: MIT
#include "wijknet/io/csv_table.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "wijknet/text/ascii.hpp"
#include "wijknet/text/byte_scan.hpp"

namespace wijknet {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
// A file saved in Windows-1252 has é and ë everywhere: name the first lines, count the rest.
constexpr std::size_t max_encoding_reports = 10;

/// The separator of the header line: the most used of `,`, `;` (Dutch Excel) and a tab (cells
/// pasted from Excel into a text file).
char detect_separator(std::string_view text) {
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == ';') ++semicolons;
        else if (!quoted && c == '\t') ++tabs;
    }
    if (tabs > commas && tabs > semicolons) return '\t';
    return semicolons > commas ? ';' : ',';
}

/// The end of a field that ends its line, less the \r of a \r\n.
const char* without_carriage_return(const char* begin, const char* end) {
    return end > begin && end[-1] == '\r' ? end - 1 : end;
}

}  // namespace

CsvReader::CsvReader(std::string file, DiagnosticList& problems, RecordHandler on_record)
    : file_(std::move(file)), problems_(problems), on_record_(std::move(on_record)) {}

void CsvReader::on_progress(ProgressHandler handler, std::size_t every_bytes) {
    on_progress_ = std::move(handler);
    progress_every_ = std::max<std::size_t>(every_bytes, 1);
}

void CsvReader::read(std::string_view text) {
    read_header(text);
    report_encoding({&encoding_, 1}, file_, problems_);
}

void CsvReader::read_header(std::string_view text) {
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
    separator_ = detect_separator(text);
    read_records(text);
    if (unclosed_quote_) return;
    if (!have_header_) problems_.add(file_, 0, "is empty (expected a header line with column names)");
}

void CsvReader::read_piece(std::string_view text, char separator, std::size_t header_size, std::size_t first_line) {
    separator_ = separator;
    have_header_ = true;
    header_size_ = header_size;
    line_ = first_line;
    read_records(text);
}

void CsvReader::read_records(std::string_view text) {
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    std::size_t next_progress = progress_every_;
    block_from_ = block_until_ = nullptr;  // blocks are within this text
    marks_from_ = nullptr;
    for (const char* p = begin; p < end && !unclosed_quote_;) {
        p = read_record(p, end);
        if (on_progress_ && static_cast<std::size_t>(p - begin) >= next_progress) {
            on_progress_(static_cast<std::size_t>(p - begin));
            next_progress += progress_every_;
        }
    }
}

const char* CsvReader::read_record(const char* p, const char* end) {
    const char* const start = p;
    const std::size_t record_line = line_;
    fields_.clear();
    const char* stop = split_plain_record(p, end);
    if (!stop) {
        fields_.clear();
        unescaped_.clear();
        stop = split_record_with_quotes(p, end);
        if (unclosed_quote_) return end;
    }
    if (!in_utf8_block(start, stop, end))
        check_encoding(std::string_view(start, static_cast<std::size_t>(stop - start)), record_line);
    deliver(record_line);
    if (stop == end) return end;
    ++line_;
    return stop + 1;
}

const char* CsvReader::split_plain_record(const char* p, const char* end) {
    // The marks of the 64 bytes around p, found for the record before when it ended there.
    const bool marked = marks_from_ != nullptr && p >= marks_from_ && p - marks_from_ < text::marks_span;
    const char* block = marked ? marks_from_ : p;
    std::uint64_t block_marks = marked ? marks_ : text::marks_ahead(p, end, separator_, '\n', '"');
    const auto offset = static_cast<unsigned>(p - block);
    std::uint64_t marks = block_marks >> offset << offset;
    const auto keep_marks = [&] {
        marks_from_ = block;
        marks_ = block_marks;
    };
    for (const char* field = p;;) {
        for (; marks != 0; marks &= marks - 1) {
            const char* mark = block + std::countr_zero(marks);
            if (*mark == separator_) {
                fields_.emplace_back(field, static_cast<std::size_t>(mark - field));
                field = mark + 1;
                continue;
            }
            keep_marks();
            if (*mark == '"') return nullptr;
            fields_.emplace_back(field, static_cast<std::size_t>(without_carriage_return(field, mark) - field));
            return mark;  // the line end
        }
        if (end - block <= text::marks_span) {
            fields_.emplace_back(field, static_cast<std::size_t>(without_carriage_return(field, end) - field));
            return end;
        }
        block += text::marks_span;
        block_marks = marks = text::marks_ahead(block, end, separator_, '\n', '"');
        keep_marks();
    }
}

const char* CsvReader::split_record_with_quotes(const char* p, const char* end) {
    const char separator = separator_;
    // Records with quotes are few: found by the line ends, their fields one byte at a time.
    const auto line_end_from = [end](const char* from) {
        const void* found = std::memchr(from, '\n', static_cast<std::size_t>(end - from));
        return found ? static_cast<const char*>(found) : end;
    };
    const char* line_end = line_end_from(p);
    while (true) {
        if (p < end && *p == '"') {
            p = read_quoted_field(p, end);
            if (unclosed_quote_) return end;
            if (p > line_end) line_end = line_end_from(p);  // the field held line ends
        } else {
            // A quote that does not open the field is an ordinary character, as spreadsheets read it.
            const char* stop = std::find(p, line_end, separator);
            const char* last = stop < end && *stop == separator ? stop : without_carriage_return(p, stop);
            fields_.emplace_back(p, static_cast<std::size_t>(last - p));
            p = stop;
        }
        if (p < end && *p == separator) {
            ++p;
            continue;
        }
        return p;
    }
}

const char* CsvReader::read_quoted_field(const char* p, const char* end) {
    const std::size_t quote_line = line_;
    const char* content = ++p;
    std::string* copy = nullptr;
    while (true) {
        const char* stop = p;
        while (stop < end && *stop != '"') {
            if (*stop == '\n') ++line_;
            ++stop;
        }
        if (stop == end) {
            problems_.add(file_, quote_line, "quote opened here is never closed (expected a closing '\"')");
            unclosed_quote_ = true;
            return end;
        }
        if (stop + 1 < end && stop[1] == '"') {  // "" is one quote inside the field
            if (!copy) copy = &unescaped_.emplace_back();
            copy->append(content, stop + 1);
            p = content = stop + 2;
            continue;
        }
        // Text between the closing quote and the separator still belongs to the field.
        const char* after = stop + 1;
        const char* rest = after;
        while (rest < end && *rest != separator_ && *rest != '\n') ++rest;
        const char* rest_last = rest < end && *rest == separator_ ? rest : without_carriage_return(after, rest);
        if (!copy && rest_last == after) {
            fields_.emplace_back(content, static_cast<std::size_t>(stop - content));
        } else {
            if (!copy) copy = &unescaped_.emplace_back();
            copy->append(content, stop);
            copy->append(after, rest_last);
            fields_.emplace_back(*copy);
        }
        return rest;
    }
}

bool CsvReader::in_utf8_block(const char* start, const char* stop, const char* end) {
    if (block_until_ && start >= block_from_ && stop <= block_until_) return block_is_utf8_;
    constexpr std::size_t block = std::size_t{1} << 16;
    block_from_ = start;
    block_until_ = std::max(stop, static_cast<std::size_t>(end - start) > block ? start + block : end);
    // A block may end inside a character; its records are then checked one by one, correctly.
    const std::string_view text(start, static_cast<std::size_t>(block_until_ - start));
    block_is_utf8_ = text::is_utf8(text) && text::find_control_character(text) == std::string_view::npos;
    return block_is_utf8_;
}

void CsvReader::check_encoding(std::string_view record, std::size_t line) {
    std::size_t bad = 0;
    const bool utf8 = text::is_utf8(record, &bad);
    if (utf8 && (bad = text::find_control_character(record)) == std::string_view::npos) return;
    ++encoding_.lines;
    if (encoding_.first.size() == max_encoding_reports) return;
    // The line of the bad byte, within a record that may span lines.
    line += static_cast<std::size_t>(std::count(record.begin(), record.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
    encoding_.first.push_back(
        {file_, line,
         utf8 ? text::control_character_named(record, bad) + " (expected text; is this the CSV export of the spreadsheet?)"
              : text::byte_named(record[bad]) + " is not UTF-8 (expected a UTF-8 file; save it as 'CSV UTF-8' in your spreadsheet)"});
}

void report_encoding(std::span<const EncodingReport> parts, const std::string& file, DiagnosticList& problems) {
    DiagnosticList report;
    std::size_t reported = 0, lines = 0;
    for (const auto& part : parts) {
        lines += part.lines;
        for (const auto& problem : part.first) {
            if (reported == max_encoding_reports) break;
            report.add(problem.file, problem.line, problem.message);
            ++reported;
        }
    }
    if (lines > reported) report.add(file, 0, "and " + std::to_string(lines - reported) + " more lines that are not UTF-8 text");
    // First, so that sorted by line a line's bad byte comes before what it did to the line's
    // values, whether the file was read front to back or in pieces.
    problems.prepend(report);
}

void CsvReader::deliver(std::size_t line) {
    // A blank line, or one of separators only (a spreadsheet's emptied row): no record.
    if (std::all_of(fields_.begin(), fields_.end(), [](std::string_view field) { return text::trim(field).empty(); })) return;
    if (!have_header_) {
        have_header_ = true;
        header_size_ = fields_.size();
    } else {
        if (fields_.size() > header_size_) {
            problems_.add(file_, line,
                          "has " + std::to_string(fields_.size()) + " fields but the header has " +
                              std::to_string(header_size_) +
                              " (expected one field per column; is a quote or separator out of place?)");
        }
        // Short records are padded with empty fields.
        fields_.resize(header_size_);
    }
    on_record_(line, fields_);
}

CsvTable parse_csv(std::string_view text, const std::string& file, DiagnosticList& problems) {
    CsvTable table;
    bool header = true;
    CsvReader reader(file, problems, [&](std::size_t line, std::span<const std::string_view> fields) {
        if (header) {
            table.header.assign(fields.begin(), fields.end());
            table.header_line = line;
            header = false;
        } else {
            table.records.push_back({line, {fields.begin(), fields.end()}});
        }
    });
    reader.read(text);
    table.separator = reader.separator();
    return table;
}

bool csv_needs_quotes(std::string_view value, char separator) {
    // One pass over the characters: find_first_of looks each one up in the set with memchr,
    // which showed when writing a list of 140,000 residents.
    // Every separator: readers (wijknet's too) tell a file's separator by counting `,`, `;` and
    // tabs in the header, which a column named "a;b;c" or "a<tab>b<tab>c" would tip.
    for (const char c : value)
        if (c == separator || c == ',' || c == ';' || c == '\t' || c == '"' || c == '\n' || c == '\r') return true;
    return !value.empty() && (value.front() == ' ' || value.back() == ' ');
}

std::string csv_field(std::string_view value, char separator) {
    if (!csv_needs_quotes(value, separator)) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace wijknet
