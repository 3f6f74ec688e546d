// SPDX-License-Identifier: MIT
#include "pajek_vertex_values.hpp"

#include <charconv>
#include <optional>

#include "field_binding.hpp"

namespace wijknet::pajek {
namespace {

/// Pajek's mark of a missing value in a partition or a vector.
constexpr double missing_value = 9999998;

/// A partition's class: digits, perhaps after a minus, that fit a 64-bit number.
bool is_whole_number(std::string_view word) {
    long long value = 0;
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    return error == std::errc{} && end == word.data() + word.size();
}

std::string_view first_word(std::string_view line) { return line.substr(0, std::min(line.find_first_of(" \t"), line.size())); }

/// `*Partition Continent`, `*Vector GDP_1995.vec`: the name, without quotes or the extension of
/// the file it came from.
std::string name_of(std::string_view line, bool partition, std::size_t count) {
    std::string_view name = text::trim(line.substr(first_word(line).size()));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = text::trim(name.substr(1, name.size() - 2));
    for (const std::string_view extension : {".clu", ".vec"})
        if (name.size() > extension.size() && text::iequals(name.substr(name.size() - extension.size()), extension)) name.remove_suffix(extension.size());
    if (name.empty()) return (partition ? "partition " : "vector ") + std::to_string(count);
    return binding::foreign_attribute_name(name, "pajek_");
}

/// Reads the sections line by line: a *Partition or *Vector line, its *Vertices line, its values.
class VertexValuesReader {
public:
    VertexValuesReader(const std::string& file, DiagnosticList& problems) : file_(file), problems_(problems) {}

    void read_line(std::string_view line, std::size_t number) {
        if (line.empty() || line.front() == '%') return;
        if (line.front() == '*') return start_section(line, number);
        if (state_ == State::values) read_value(first_word(line), number);
    }

    std::vector<VertexValues> finish() {
        end_section();
        return std::move(columns_);
    }

private:
    enum class State { elsewhere, header, values };

    void start_section(std::string_view line, std::size_t number) {
        const std::string_view keyword = first_word(line);
        if (state_ == State::header && text::iequals(keyword, "*vertices")) return start_values(line, number);
        end_section();
        if (!starts_vertex_values(keyword)) return;
        partition_ = text::iequals(keyword, "*partition");
        columns_.push_back({unique(name_of(line, partition_, columns_.size() + 1)), number, 0, {}});
        state_ = State::header;
    }

    void start_values(std::string_view line, std::size_t number) {
        std::size_t count = 0;
        const std::string_view word = text::trim(line.substr(first_word(line).size()));
        const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), count);
        if (error != std::errc{} || end != word.data() + word.size()) {
            problems_.add(file_, number, "has *Vertices without a count (expected e.g. *Vertices 34)");
            state_ = State::elsewhere;
            return;
        }
        columns_.back().vertices = count;
        state_ = State::values;
    }

    void read_value(std::string_view word, std::size_t number) {
        VertexValues& column = columns_.back();
        if (column.values.size() == column.vertices) {
            problems_.add(file_, number, "has more values than the " + std::to_string(column.vertices) + " vertices of '" + column.name + "'");
            state_ = State::elsewhere;
            return;
        }
        const auto value = text::parse_decimal(word);
        if (!value || (partition_ && !is_whole_number(word))) {
            problems_.add(file_, number, "holds '" + std::string(word) + "' in '" + column.name + "' (expected " + (partition_ ? "a whole number" : "a number") +
                                             " per vertex)");
            state_ = State::elsewhere;
            return;
        }
        column.values.push_back(*value == missing_value ? std::string() : std::string(word));
    }

    void end_section() {
        if (state_ == State::header) problems_.add(file_, columns_.back().line, "has '" + columns_.back().name + "' without its *Vertices line (expected *Vertices N next)");
        if (state_ == State::values && columns_.back().values.size() < columns_.back().vertices)
            problems_.add(file_, columns_.back().line, "has " + std::to_string(columns_.back().values.size()) + " values in '" + columns_.back().name +
                                                           "' (expected one for each of its " + std::to_string(columns_.back().vertices) + " vertices)");
        state_ = State::elsewhere;
    }

    /// Two partitions of one name are both kept.
    std::string unique(std::string name) const {
        const auto taken = [&](const std::string& candidate) {
            for (const VertexValues& column : columns_)
                if (column.name == candidate) return true;
            return false;
        };
        if (!taken(name)) return name;
        for (std::size_t n = 2;; ++n)
            if (!taken(name + " " + std::to_string(n))) return name + " " + std::to_string(n);
    }

    const std::string& file_;
    DiagnosticList& problems_;
    std::vector<VertexValues> columns_;
    State state_ = State::elsewhere;
    bool partition_ = false;
};

}  // namespace

bool starts_vertex_values(std::string_view keyword) { return text::iequals(keyword, "*partition") || text::iequals(keyword, "*vector"); }

std::vector<VertexValues> read_vertex_values(std::string_view text, const std::string& file, DiagnosticList& problems) {
    VertexValuesReader reader(file, problems);
    for_each_line(text, [&](std::string_view line, std::size_t number) { reader.read_line(line, number); });
    return reader.finish();
}

}  // namespace wijknet::pajek
