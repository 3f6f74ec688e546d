// SPDX-License-Identifier: MIT
#include "wijknet/io/pajek.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <vector>

#include "input_path.hpp"
#include "mapped_text.hpp"
#include "matrix_ties.hpp"
#include "network_assembler.hpp"
#include "pajek_limits.hpp"
#include "pajek_vertex_values.hpp"
#include "plain_text.hpp"
#include "wijknet/text/ascii.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {
namespace {

/// `project_part`: a section of a project file (.paj) other than its network, a partition or a
/// vector, which has a *Vertices line of its own.
enum class Section { none, vertices, edges, arcs, edges_list, arcs_list, matrix, vertex_values, project_part, skipped };

/// A line's words; a word in double quotes may hold spaces inside. False when a quote is not
/// closed.
bool split_words(std::string_view line, std::vector<std::string_view>& words) {
    words.clear();
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i == line.size()) break;
        if (line[i] == '"') {
            const std::size_t end = line.find('"', i + 1);
            if (end == std::string_view::npos) return false;
            // Trimmed, as the CSV pair trims its fields, so what is read is what a CSV pair holds.
            words.push_back(text::trim(line.substr(i + 1, end - i - 1)));
            i = end + 1;
        } else {
            const std::size_t end = line.find_first_of(" \t", i);
            words.push_back(line.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
            i = end == std::string_view::npos ? line.size() : end;
        }
    }
    return true;
}

std::optional<std::size_t> whole_number(std::string_view word) {
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    if (error != std::errc{} || end != word.data() + word.size()) return std::nullopt;
    return value;
}

bool is_number(std::string_view word) { return !word.empty() && text::parse_decimal(word).has_value(); }

constexpr std::array<std::string_view, 8> shapes{"ellipse", "box", "diamond", "triangle", "cross", "empty", "man", "woman"};

bool is_shape(std::string_view word) {
    for (const auto shape : shapes)
        if (text::iequals(word, shape)) return true;
    return false;
}

/// Reads one Pajek file into the assembler, line by line.
class PajekReader {
public:
    PajekReader(const std::string& file, std::size_t max_vertices, DiagnosticList& problems, DiagnosticList* warnings, NetworkAssembler& assembler)
        : file_(file), max_vertices_(max_vertices), problems_(problems), warnings_(warnings), assembler_(assembler) {}

    void read(std::string_view text) {
        // Told after the network's own problems: a project file holds its partitions last.
        DiagnosticList value_problems;
        vertex_values_ = pajek::read_vertex_values(text, file_, value_problems);
        pajek::for_each_line(text, [&](std::string_view line, std::size_t number) { read_line(line, number); });
        if (!saw_vertices_) problems_.add(file_, 0, "has no *Vertices line (expected a Pajek network)");
        finish_vertices();
        finish_matrix();
        problems_.append(value_problems);
        check_vertex_values();
    }

private:
    void read_line(std::string_view line, std::size_t number) {
        line_ = number;
        if (line.empty() || line.front() == '%') return;
        if (!split_words(line, words_)) return problem("has a quote that is not closed");
        if (words_.front().starts_with('*')) return start_section();
        switch (section_) {
            case Section::vertices: return read_vertex();
            case Section::edges:
            case Section::arcs: return read_tie();
            case Section::edges_list:
            case Section::arcs_list: return read_tie_list();
            case Section::matrix: return read_matrix_row();
            case Section::vertex_values:
            case Section::project_part:
            case Section::skipped: return;
            case Section::none: return problem("comes before *Vertices (expected the vertices first)");
        }
    }

    void start_section() {
        const std::string_view keyword = words_.front();
        if (text::iequals(keyword, "*network")) {  // the network's name; a second network's *Vertices follows
            if (section_ == Section::vertex_values || section_ == Section::project_part) section_ = Section::skipped;
            return;
        }
        // A partition's or vector's own *Vertices line (their values were read before), or a permutation's.
        if (text::iequals(keyword, "*vertices") && (section_ == Section::vertex_values || section_ == Section::project_part)) return;
        if (text::iequals(keyword, "*vertices")) return start_vertices();
        if (section_ == Section::none) return problem("comes before *Vertices (expected the vertices first)");
        finish_vertices();
        finish_matrix();
        if (pajek::starts_vertex_values(keyword)) {
            section_ = Section::vertex_values;
            return;
        }
        // A project file's other sections say nothing of the network itself.
        if (text::iequals(keyword, "*permutation") || text::iequals(keyword, "*cluster") || text::iequals(keyword, "*hierarchy")) {
            section_ = Section::project_part;
            if (warnings_) warnings_->add(file_, line_, "has section " + std::string(keyword) + ", which wijknet does not read; left out");
            return;
        }
        if (text::iequals(keyword, "*edges")) section_ = Section::edges;
        else if (text::iequals(keyword, "*arcs")) section_ = Section::arcs;
        else if (text::iequals(keyword, "*edgeslist")) section_ = Section::edges_list;
        else if (text::iequals(keyword, "*arcslist")) section_ = Section::arcs_list;
        else if (text::iequals(keyword, "*matrix")) start_matrix();
        else {
            section_ = Section::skipped;
            problem("has section " + std::string(keyword) +
                    ", which wijknet does not read (expected *Vertices, *Edges, *Arcs, *Edgeslist, *Arcslist, *Matrix, *Partition or *Vector)");
        }
    }

    void start_vertices() {
        if (saw_vertices_) return problem("has a second *Vertices line (expected one network per file)");
        saw_vertices_ = true;
        section_ = Section::skipped;  // until the count is read
        const auto count = words_.size() > 1 ? whole_number(words_[1]) : std::nullopt;
        if (!count) return problem("has *Vertices without a count (expected e.g. *Vertices 34)");
        if (*count > max_vertices_)
            return problem("has *Vertices " + std::string(words_[1]) + " (expected at most " + std::to_string(max_vertices_) +
                           " vertices)");
        vertex_count_ = *count;
        first_mode_size_ = words_.size() > 2 ? whole_number(words_[2]) : std::nullopt;
        listed_.assign(*count, false);
        assembler_.expect_actors(*count);
        section_ = Section::vertices;
    }

    /// `n ["label"] [x y [z]] [shape] [key value]...`
    void read_vertex() {
        const auto number = vertex_number(words_.front());
        if (!number) return;
        if (listed_[*number - 1]) return problem("lists vertex " + std::string(words_.front()) + " twice");
        listed_[*number - 1] = true;
        binding::ActorDraft draft;
        draft.actor.id = std::string(words_.front());
        std::size_t next = 1;
        draft.actor.name = next < words_.size() ? std::string(words_[next++]) : draft.actor.id;
        const std::array<const char*, 3> axes{"layout_x", "layout_y", "layout_z"};
        for (std::size_t axis = 0; axis < axes.size() && next < words_.size() && is_number(words_[next]); ++axis)
            draft.actor.attributes.push_back({axes[axis], std::string(words_[next++])});
        if (next < words_.size() && is_shape(words_[next])) draft.actor.attributes.push_back({"shape", std::string(words_[next++])});
        if (!read_options(next, draft)) return;
        add_vertex(std::move(draft), *number);
    }

    void add_vertex(binding::ActorDraft draft, std::size_t number) {
        if (first_mode_size_) draft.actor.attributes.push_back({"mode", number <= *first_mode_size_ ? "1" : "2"});
        for (const pajek::VertexValues& column : vertex_values_)
            if (number <= column.values.size() && !column.values[number - 1].empty())
                set_attribute(draft.actor.attributes, column.name, column.values[number - 1]);
        assembler_.add_actor(std::move(draft), file_, line_);
    }

    /// Vertices the file does not list exist all the same, named by their number.
    void finish_vertices() {
        if (section_ != Section::vertices) return;
        for (std::size_t i = 0; i < listed_.size(); ++i) {
            if (listed_[i]) continue;
            binding::ActorDraft draft;
            draft.actor.id = draft.actor.name = std::to_string(i + 1);
            add_vertex(std::move(draft), i + 1);
        }
        listed_.assign(listed_.size(), true);
        assembler_.end_of_actors();
    }

    /// `source target [weight] [key value]...`
    void read_tie() {
        if (words_.size() < 2) return problem("has one vertex (expected a source and a target, e.g. 1 2)");
        if (!vertex_number(words_[0]) || !vertex_number(words_[1]) || is_loop(words_[0], words_[1])) return;
        binding::TieDraft draft;
        draft.source_id = std::string(words_[0]);
        draft.target_id = std::string(words_[1]);
        std::size_t next = 2;
        if (next < words_.size() && is_number(words_[next])) draft.attributes.push_back({"weight", std::string(words_[next++])});
        if (!read_options(next, draft)) return;
        if (section_ == Section::arcs) mark_directed(draft.attributes);
        assembler_.add_tie(std::move(draft), file_, line_);
    }

    /// `source target target ...`
    void read_tie_list() {
        if (!vertex_number(words_[0])) return;
        for (std::size_t i = 1; i < words_.size(); ++i) {
            if (!vertex_number(words_[i])) return;
            if (is_loop(words_[0], words_[i])) continue;
            binding::TieDraft draft;
            draft.source_id = std::string(words_[0]);
            draft.target_id = std::string(words_[i]);
            if (section_ == Section::arcs_list) mark_directed(draft.attributes);
            assembler_.add_tie(std::move(draft), file_, line_);
        }
    }

    /// `*Matrix`, or `*Matrix :2 "advice"` for the second relation, named.
    void start_matrix() {
        section_ = Section::matrix;
        matrix_row_ = 0;
        matrix_line_ = line_;
        relation_ = words_.size() > 2 && words_[1].starts_with(':') ? std::string(words_[2]) : std::string();
    }

    /// A row of the matrix: one value per vertex; each that is not 0 is a tie.
    void read_matrix_row() {
        const std::size_t n = vertex_count_.value_or(0);
        if (matrix_row_ == n) return problem("is row " + std::to_string(n + 1) + " of *Matrix (expected " + std::to_string(n) + " rows, one per vertex)");
        const std::size_t row = matrix_row_++;
        if (words_.size() != n)
            return problem("has " + std::to_string(words_.size()) + " values in row " + std::to_string(row + 1) + " of *Matrix (expected " +
                           std::to_string(n) + ", one per vertex)");
        for (std::size_t column = 0; column < n; ++column) {
            const auto value = text::parse_decimal(words_[column]);
            if (!value) return problem("holds '" + std::string(words_[column]) + "' in row " + std::to_string(row + 1) + " of *Matrix (expected a number)");
            if (*value == 0) continue;
            if (column == row) {
                if (warnings_) warnings_->add(file_, line_, "ties vertex " + std::to_string(row + 1) + " to itself; left out");
                continue;
            }
            matrix_[{row, column}] = {*value, line_};
        }
    }

    void finish_matrix() {
        if (section_ != Section::matrix) return;
        if (matrix_row_ < vertex_count_.value_or(0))
            problems_.add(file_, matrix_line_, "has a *Matrix of " + std::to_string(matrix_row_) + " rows (expected " +
                                                   std::to_string(*vertex_count_) + ", one per vertex)");
        add_matrix_ties(matrix_, [](std::size_t vertex) { return std::to_string(vertex + 1); }, relation_, file_, assembler_);
        matrix_.clear();
        section_ = Section::skipped;
    }

    /// A partition or vector is of the network's vertices, one value each.
    void check_vertex_values() {
        if (!vertex_count_) return;
        for (const pajek::VertexValues& column : vertex_values_)
            if (column.vertices != *vertex_count_)
                problems_.add(file_, column.line, "has '" + column.name + "' of " + std::to_string(column.vertices) + " vertices (expected " +
                                                      std::to_string(*vertex_count_) + ", as the network's *Vertices counts them)");
    }

    /// Pajek's options come in pairs (`ic Red`, `c Blue`, networkx's `club "Mr. Hi"`). A name
    /// wijknet knows (`kind`, `sector`, `strength`, ...) fills that field, as in GraphML; the
    /// ids, ends and coordinates are Pajek's own, so options named like them are kept apart.
    template <class Draft>
    bool read_options(std::size_t next, Draft& draft) {
        if ((words_.size() - next) % 2 != 0) {
            problem("has '" + std::string(words_.back()) + "' without a value (expected options as pairs, e.g. ic Red)");
            return false;
        }
        for (; next < words_.size(); next += 2) {
            if (words_[next].empty()) {
                problem("has an option without a name (expected options as pairs, e.g. ic Red)");
                return false;
            }
            // An empty value is no value, as an empty cell of the CSV pair.
            if (!words_[next + 1].empty()) read_option(draft, words_[next], words_[next + 1]);
        }
        return true;
    }

    void read_option(binding::ActorDraft& draft, std::string_view name, std::string_view value) {
        using binding::ActorField;
        const auto field = binding::actor_field_named(name);
        const bool pajeks_own = field == ActorField::id || field == ActorField::x || field == ActorField::y ||
                                field == ActorField::lon || field == ActorField::lat || field == ActorField::crs;
        if (!field || pajeks_own) return set_attribute(draft.actor.attributes, pajeks_own ? "pajek_" + std::string(name) : name, std::string(value));
        if (auto wrong = binding::set_field(draft, *field, value, "option '" + std::string(name) + "'")) problem(std::move(*wrong));
    }

    void read_option(binding::TieDraft& draft, std::string_view name, std::string_view value) {
        using binding::TieField;
        const auto field = binding::tie_field_named(name);
        const bool pajeks_own = field == TieField::source || field == TieField::target;
        if (!field || pajeks_own) return set_attribute(draft.attributes, pajeks_own ? "pajek_" + std::string(name) : name, std::string(value));
        if (auto wrong = binding::set_field(draft, *field, value, "option '" + std::string(name) + "'")) problem(std::move(*wrong));
    }

    /// A vertex tied to itself (igraph and Pajek write them) is no tie between two people: it is
    /// left out with a warning, not a reason to refuse the file.
    bool is_loop(std::string_view source, std::string_view target) {
        if (vertex_number(source) != vertex_number(target)) return false;
        if (warnings_) warnings_->add(file_, line_, "ties vertex " + std::string(source) + " to itself; left out");
        return true;
    }

    std::optional<std::size_t> vertex_number(std::string_view word) {
        const auto number = whole_number(word);
        if (!number || *number == 0 || *number > vertex_count_.value_or(0)) {
            problem("names vertex '" + std::string(word) + "' (expected a number from 1 to " +
                    std::to_string(vertex_count_.value_or(0)) + ", as *Vertices counts them)");
            return std::nullopt;
        }
        return number;
    }

    void problem(std::string message) { problems_.add(file_, line_, std::move(message)); }

    const std::string& file_;
    std::size_t max_vertices_;
    DiagnosticList& problems_;
    DiagnosticList* warnings_;
    NetworkAssembler& assembler_;
    Section section_ = Section::none;
    bool saw_vertices_ = false;
    std::optional<std::size_t> vertex_count_;
    std::optional<std::size_t> first_mode_size_;
    std::vector<bool> listed_;
    MatrixCells matrix_;
    std::size_t matrix_row_ = 0, matrix_line_ = 0;
    std::string relation_;
    std::vector<std::string_view> words_;
    std::size_t line_ = 0;
    std::vector<pajek::VertexValues> vertex_values_;
};

}  // namespace

Network read_pajek_text(std::string_view text, const std::string& file, DiagnosticList* warnings) {
    return read_pajek_text_up_to(text, file, max_pajek_vertices, warnings);
}

Network read_pajek_text_up_to(std::string_view text, const std::string& file, std::size_t max_vertices, DiagnosticList* warnings) {
    expect_plain_text(text, file, "a Pajek file");
    DiagnosticList problems;
    NetworkAssembler assembler(problems);
    PajekReader(file, max_vertices, problems, warnings, assembler).read(text);
    return assembler.finish();
}

Network read_pajek(const std::filesystem::path& path, DiagnosticList* warnings) {
    expect_input_file(path, "a Pajek .net file");
    const MappedText text(path);
    return read_unchanged({&text}, [&] { return read_pajek_text(text.text(), path.string(), warnings); });
}

}  // namespace wijknet
