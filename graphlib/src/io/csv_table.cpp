// SPDX-License-Identifier: MIT
#include "wijknet/io/csv_table.hpp"

#include <cstdio>

#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
// A file saved in Windows-1252 has é and ë everywhere: name the first lines, count the rest.
constexpr std::size_t max_encoding_reports = 10;

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

CsvReader::CsvReader(std::string file, DiagnosticList& problems, RecordHandler on_record)
    : file_(std::move(file)), problems_(problems), on_record_(std::move(on_record)) {}

void CsvReader::end_field() {
    std::size_t bad = 0;
    if (!text::is_utf8(field_, &bad)) {
        // The line of the bad byte: the line the field ends on, less the line breaks after it.
        std::size_t line = line_;
        for (std::size_t i = bad; i < field_.size(); ++i) line -= field_[i] == '\n' ? 1 : 0;
        if (line != last_encoding_line_) {
            last_encoding_line_ = line;
            ++encoding_lines_;
            if (encoding_reports_ < max_encoding_reports) {
                char byte[8];
                std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(field_[bad]));
                problems_.add(file_, line,
                              std::string("byte ") + byte +
                                  " is not UTF-8 (expected a UTF-8 file; save it as 'CSV UTF-8' in your spreadsheet)");
                ++encoding_reports_;
            }
        }
    }
    // Field strings are reused from record to record, so their buffers are allocated once.
    if (field_count_ < fields_.size()) fields_[field_count_].assign(field_);
    else fields_.push_back(field_);
    ++field_count_;
    field_.clear();
    field_started_ = false;
}

void CsvReader::end_record() {
    end_field();
    const bool blank = field_count_ == 1 && text::trim(fields_.front()).empty();
    if (!blank) {
        if (!have_header_) {
            have_header_ = true;
            header_size_ = field_count_;
        } else {
            if (field_count_ > header_size_) {
                problems_.add(file_, record_line_,
                              "has " + std::to_string(field_count_) + " fields but the header has " +
                                  std::to_string(header_size_) +
                                  " (expected one field per column; is a quote or separator out of place?)");
            }
            // Short records are padded with empty fields.
            if (fields_.size() < header_size_) fields_.resize(header_size_);
            for (std::size_t i = field_count_; i < header_size_; ++i) fields_[i].clear();
            field_count_ = header_size_;
        }
        on_record_(record_line_, std::span<const std::string>(fields_.data(), field_count_));
    }
    field_count_ = 0;
}

void CsvReader::feed(std::string_view chunk) {
    if (!started_) {
        if (chunk.starts_with(utf8_bom)) chunk.remove_prefix(utf8_bom.size());
        separator_ = detect_separator(chunk);
        started_ = true;
    }
    // Runs of ordinary characters are appended at once; only separators, quotes and line ends
    // are looked at one by one.
    const char* p = chunk.data();
    const char* const end = p + chunk.size();
    const char separator = separator_;
    while (p < end) {
        if (quote_pending_) {
            quote_pending_ = false;
            if (*p == '"') {
                field_ += '"';
                ++p;
                continue;
            }
            quoted_ = false;  // that quote closed the field; read on as unquoted
        }
        if (quoted_) {
            const char* stop = p;
            while (stop < end && *stop != '"' && *stop != '\n') ++stop;
            field_.append(p, stop);
            p = stop;
            if (p == end) break;
            if (*p == '"') {
                quote_pending_ = true;
            } else {
                ++line_;
                field_ += '\n';
            }
            ++p;
            continue;
        }
        const char* stop = p;
        while (stop < end && *stop != separator && *stop != '\n' && *stop != '\r' && *stop != '"') ++stop;
        if (stop != p) {
            field_.append(p, stop);
            field_started_ = true;
            p = stop;
            if (p == end) break;
        }
        const char c = *p++;
        if (c == '"') {
            if (field_started_) {
                field_ += '"';
            } else {
                quoted_ = true;
                field_started_ = true;
                quote_line_ = line_;
            }
        } else if (c == separator) {
            end_field();
        } else if (c == '\n') {
            end_record();
            ++line_;
            record_line_ = line_;
        }  // a \r (of \r\n) is dropped
    }
}

void CsvReader::finish() {
    if (quote_pending_) {
        quote_pending_ = false;
        quoted_ = false;
    }
    if (quoted_) {
        problems_.add(file_, quote_line_, "quote opened here is never closed (expected a closing '\"')");
        return;
    }
    if (field_started_ || field_count_ > 0 || !field_.empty()) end_record();
    if (encoding_lines_ > encoding_reports_)
        problems_.add(file_, 0, "and " + std::to_string(encoding_lines_ - encoding_reports_) + " more lines that are not UTF-8");
    if (!have_header_) problems_.add(file_, 0, "is empty (expected a header line with column names)");
}

CsvTable parse_csv(std::string_view text, const std::string& file, DiagnosticList& problems) {
    CsvTable table;
    bool header = true;
    CsvReader reader(file, problems, [&](std::size_t line, std::span<const std::string> fields) {
        if (header) {
            table.header.assign(fields.begin(), fields.end());
            table.header_line = line;
            header = false;
        } else {
            table.records.push_back({line, {fields.begin(), fields.end()}});
        }
    });
    reader.feed(text);
    reader.finish();
    table.separator = reader.separator();
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
