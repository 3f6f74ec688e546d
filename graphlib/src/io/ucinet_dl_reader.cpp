// SPDX-License-Identifier: MIT
#include "wijknet/io/ucinet_dl.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "input_path.hpp"
#include "mapped_text.hpp"
#include "matrix_ties.hpp"
#include "network_assembler.hpp"
#include "pajek_limits.hpp"
#include "plain_text.hpp"
#include "ucinet_dl_limits.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

/// A word of the file: separated by spaces, tabs, commas, `=` and line ends; a word in double
/// quotes may hold any of these. A keyword's colon (`DATA:`) is taken off and remembered.
struct Word {
    std::string_view text;
    std::size_t line = 0;
    bool colon = false;
    bool quoted = false;
    bool is(std::string_view keyword) const { return !quoted && text::iequals(text, keyword); }
};

/// The words of `text`; false (with the line) when a quote is not closed.
std::optional<std::size_t> split_words(std::string_view text, std::vector<Word>& words) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\n' || (c == '\r' && text.substr(i, 2) != "\r\n")) ++line;
        if (c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n') {
            ++i;
        } else if (c == '=') {
            words.push_back({text.substr(i, 1), line});
            ++i;
        } else if (c == '"') {
            const std::size_t end = text.find('"', i + 1);
            if (end == std::string_view::npos || text.substr(i, end - i).find_first_of("\r\n") != std::string_view::npos) return line;
            // Trimmed, as the CSV pair trims its fields, so what is read is what a CSV pair holds.
            words.push_back({text::trim(text.substr(i + 1, end - i - 1)), line, false, true});
            i = end + 1;
        } else {
            std::size_t end = text.find_first_of(" \t,=\r\n", i);
            if (end == std::string_view::npos) end = text.size();
            Word word{text.substr(i, end - i), line};
            if (word.text.size() > 1 && word.text.back() == ':') {
                word.text.remove_suffix(1);
                word.colon = true;
            }
            words.push_back(word);
            i = end;
        }
    }
    return std::nullopt;
}

enum class DataFormat { full_matrix, edge_list, node_list };

constexpr std::size_t max_matrices = 10'000;

/// A value as programs write them: `3`, `-1`, `0.5`, also `1e-5` (igraph, Gephi).
std::optional<double> number_of(std::string_view word) {
    if (word.starts_with('+')) word.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    if (error != std::errc{} || end != word.data() + word.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

/// Reads one DL file: the header (its parameters and labels), then the data, into matrices of
/// cells; the actors and ties are made from them at the end, when it is known which matrices
/// are symmetric.
class UcinetDlReader {
public:
    UcinetDlReader(const std::string& file, std::size_t max_actors, DiagnosticList& problems, DiagnosticList* warnings)
        : file_(file), max_actors_(max_actors), problems_(problems), warnings_(warnings) {}

    void read(std::string_view text, NetworkAssembler& assembler) {
        if (const auto line = split_words(text, words_)) return problem(*line, "has a quote that is not closed on its line");
        if (words_.empty() || !words_.front().is("DL")) return problem(1, "does not start with DL (expected a UCINET DL file)");
        next_ = 1;
        if (!read_header()) return;
        read_data();
        if (problems_.empty()) make_network(assembler);
    }

private:
    // --- the header -------------------------------------------------------------------------

    bool read_header() {
        while (next_ < words_.size()) {
            const Word& word = words_[next_];
            if (word.is("DATA")) {
                ++next_;
                return check_header(word.line);
            }
            if (!read_header_item()) return false;
        }
        return refuse(words_.back().line, "has no DATA: line (expected the data after DATA:)");
    }

    bool read_header_item() {
        const Word& word = words_[next_++];
        if (word.is("N") || word.is("NR") || word.is("NC") || word.is("NM")) return read_count(word);
        if (word.is("FORMAT")) return read_format();
        if (word.is("DIAGONAL")) return read_diagonal();
        if (word.is("LABELS")) return read_labels(word, labels_, n_.value_or(0));
        if (word.is("ROW") || word.is("COLUMN") || word.is("COL")) return read_labels_after(word, word.is("ROW") ? labels_ : column_labels_, n_.value_or(0));
        if (word.is("LEVEL") || word.is("MATRIX")) return read_labels_after(word, matrix_labels_, matrices_);
        return refuse(word.line, "has '" + std::string(word.text) +
                                     "' in its header (expected N=, NM=, FORMAT =, LABELS:, ROW LABELS:, COLUMN LABELS:, LEVEL LABELS: or DATA:)");
    }

    /// `N = 18`, `NM=10`.
    bool read_count(const Word& key) {
        const auto value = next_ + 1 < words_.size() && words_[next_].text == "=" ? whole_number(words_[next_ + 1].text) : std::nullopt;
        if (!value) return refuse(key.line, "has " + std::string(key.text) + " without a count (expected e.g. N=18)");
        next_ += 2;
        if (key.is("NR") || key.is("NC")) {
            return refuse(key.line, "is a two-mode network (NR= and NC=), which wijknet does not read yet (expected N= for one set of actors)");
        }
        const std::size_t limit = key.is("N") ? max_actors_ : max_matrices;
        if (*value > limit || (key.is("NM") && *value == 0))
            return refuse(key.line, "has " + std::string(key.text) + "=" + std::to_string(*value) + " (expected 1 to " + std::to_string(limit) + ")");
        if (key.is("N")) n_ = *value;
        else matrices_ = *value;
        return true;
    }

    bool read_format() {
        const Word* value = next_ + 1 < words_.size() && words_[next_].text == "=" ? &words_[next_ + 1] : nullptr;
        if (!value) return refuse(words_[next_ - 1].line, "has FORMAT without a value (expected e.g. FORMAT = FULLMATRIX)");
        next_ += 2;
        if (value->is("FULLMATRIX") || value->is("FM")) format_ = DataFormat::full_matrix;
        else if (value->is("EDGELIST1") || value->is("EL1")) format_ = DataFormat::edge_list;
        else if (value->is("NODELIST1") || value->is("NL1")) format_ = DataFormat::node_list;
        else {
            return refuse(value->line, "has FORMAT = " + std::string(value->text) +
                                           ", which wijknet does not read (expected FULLMATRIX, EDGELIST1 or NODELIST1)");
        }
        return true;
    }

    /// `DIAGONAL PRESENT` or `DIAGONAL ABSENT`, after the format.
    bool read_diagonal() {
        if (next_ < words_.size() && (words_[next_].is("PRESENT") || words_[next_].is("ABSENT"))) {
            diagonal_present_ = words_[next_++].is("PRESENT");
            return true;
        }
        return refuse(words_[next_ - 1].line, "has DIAGONAL without PRESENT or ABSENT");
    }

    /// `ROW LABELS:`, `COLUMN LABELS EMBEDDED`, `LEVEL LABELS:`.
    bool read_labels_after(const Word& first, std::vector<Word>& labels, std::size_t count) {
        if (next_ < words_.size() && words_[next_].is("LABELS")) return read_labels(words_[next_++], labels, count);
        return refuse(first.line, "has '" + std::string(first.text) + "' without LABELS (expected e.g. ROW LABELS:)");
    }

    /// `LABELS:` and the labels after it, as many as there are actors (or matrices), or
    /// `LABELS EMBEDDED`: they come with the data.
    bool read_labels(const Word& keyword, std::vector<Word>& labels, std::size_t count) {
        if (!keyword.colon && next_ < words_.size() && words_[next_].is("EMBEDDED")) {
            embedded_ = true;
            ++next_;
            return true;
        }
        if (count == 0) return refuse(keyword.line, "has labels before N= or NM= says how many (expected N= first)");
        labels.clear();
        while (labels.size() < count && next_ < words_.size() && !words_[next_].is("DATA")) labels.push_back(words_[next_++]);
        return true;
    }

    bool check_header(std::size_t line) {
        if (!n_) return refuse(line, "has no N= (expected the number of actors, e.g. DL N=18)");
        if (!labels_.empty() && labels_.size() != *n_)
            return refuse(labels_.back().line, "has " + std::to_string(labels_.size()) + " labels for N=" + std::to_string(*n_) + " actors");
        if (!column_labels_.empty() && !same_labels(column_labels_, labels_))
            return refuse(column_labels_.front().line,
                           "has column labels that are not its row labels (expected one set of actors, as in a one-mode network)");
        if (labels_.empty()) labels_ = column_labels_;
        return index_labels();
    }

    static bool same_labels(const std::vector<Word>& a, const std::vector<Word>& b) {
        if (a.size() != b.size()) return b.empty();
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i].text != b[i].text) return false;
        return true;
    }

    bool index_labels() {
        for (std::size_t i = 0; i < labels_.size(); ++i)
            if (!by_label_.emplace(labels_[i].text, i).second)
                problem(labels_[i].line, "has label '" + std::string(labels_[i].text) + "' twice (expected each actor's label once)");
        return problems_.empty();
    }

    // --- the data ---------------------------------------------------------------------------

    void read_data() {
        switch (format_) {
            case DataFormat::full_matrix: return read_full_matrices();
            case DataFormat::edge_list:
            case DataFormat::node_list: return read_lists();
        }
    }

    /// Row after row of N values (N−1 without the diagonal), matrix after matrix; with embedded
    /// labels, the column labels first and each row's label before its values.
    void read_full_matrices() {
        const std::size_t n = *n_;
        if (embedded_ && !read_embedded_column_labels()) return;
        for (std::size_t m = 0; m < matrices_; ++m)
            for (std::size_t row = 0; row < n; ++row) {
                if (embedded_ && !read_row_label(row)) return;
                for (std::size_t column = 0; column < n; ++column) {
                    if (column == row && !diagonal_present_) continue;
                    const auto value = next_value(m, row);
                    if (!value) return;
                    if (value->value != 0) add_cell(m, row, column, *value);
                }
            }
        if (next_ < words_.size())
            problem(words_[next_].line, "has more values than " + std::to_string(matrices_) + " matrices of " + std::to_string(n) + " by " +
                                            std::to_string(n) + " hold (expected N= and NM= to count them)");
    }

    bool read_embedded_column_labels() {
        std::vector<Word> columns;
        while (columns.size() < *n_ && next_ < words_.size()) columns.push_back(words_[next_++]);
        if (columns.size() < *n_) return refuse(words_.back().line, "ends within its column labels (expected " + std::to_string(*n_) + ")");
        labels_ = columns;
        by_label_.clear();  // labels listed in the header too are these again
        return index_labels();
    }

    bool read_row_label(std::size_t row) {
        if (next_ == words_.size()) return refuse(words_.back().line, "ends before the label of row " + std::to_string(row + 1));
        const Word& label = words_[next_++];
        if (text::iequals(label.text, labels_[row].text)) return true;  // UCINET's labels ignore case
        return refuse(label.line, "labels row " + std::to_string(row + 1) + " '" + std::string(label.text) + "' (expected '" +
                                       std::string(labels_[row].text) + "', as the column labels name them)");
    }

    /// The next value of matrix `m`; a `!` between matrices is passed over.
    std::optional<MatrixCell> next_value(std::size_t m, std::size_t row) {
        while (next_ < words_.size() && words_[next_].text == "!") ++next_;
        if (next_ == words_.size()) {
            problem(words_.back().line, "ends in row " + std::to_string(row + 1) + " of matrix " + std::to_string(m + 1) + " (expected " +
                                            std::to_string(matrices_) + " matrices of " + std::to_string(*n_) + " by " + std::to_string(*n_) +
                                            " values)");
            return std::nullopt;
        }
        const Word& word = words_[next_++];
        const auto value = number_of(word.text);
        if (!value) {
            problem(word.line, "holds '" + std::string(word.text) + "' in row " + std::to_string(row + 1) + " (expected a number)");
            return std::nullopt;
        }
        return MatrixCell{*value, word.line};
    }

    /// EDGELIST1: `from to [value]` per line; NODELIST1: `from to to ...`. A line `!` starts the
    /// next matrix.
    void read_lists() {
        std::size_t m = 0;
        while (next_ < words_.size() && problems_.size() < 100) {
            const std::size_t line = words_[next_].line;
            std::vector<Word> fields;
            while (next_ < words_.size() && words_[next_].line == line) fields.push_back(words_[next_++]);
            if (fields.size() == 1 && fields.front().text == "!") {
                if (++m == matrices_) return problem(line, "has more matrices than NM=" + std::to_string(matrices_));
                continue;
            }
            if (format_ == DataFormat::edge_list) read_edge(m, fields);
            else read_node_list(m, fields);
        }
    }

    void read_edge(std::size_t m, const std::vector<Word>& fields) {
        if (fields.size() < 2 || fields.size() > 3)
            return problem(fields.front().line, "has " + std::to_string(fields.size()) + " words (expected two actors and a value, e.g. 1 2 or 1 2 3)");
        const auto from = actor_of(fields[0]), to = actor_of(fields[1]);
        if (!from || !to) return;
        const auto value = fields.size() == 3 ? number_of(fields[2].text) : 1.0;
        if (!value) return problem(fields[2].line, "holds '" + std::string(fields[2].text) + "' as the value (expected a number)");
        if (*value != 0) add_cell(m, *from, *to, MatrixCell{*value, fields[0].line});
    }

    void read_node_list(std::size_t m, const std::vector<Word>& fields) {
        const auto from = actor_of(fields[0]);
        if (!from) return;
        for (std::size_t i = 1; i < fields.size(); ++i)
            if (const auto to = actor_of(fields[i])) add_cell(m, *from, *to, MatrixCell{1.0, fields[i].line});
    }

    /// An actor named in a list: by its number, by its label, or, with embedded labels, a new
    /// actor for each new label.
    std::optional<std::size_t> actor_of(const Word& word) {
        if (const auto found = by_label_.find(word.text); found != by_label_.end()) return found->second;
        if (embedded_) {
            if (labels_.size() == *n_) {
                problem(word.line, "names '" + std::string(word.text) + "', one actor more than N=" + std::to_string(*n_));
                return std::nullopt;
            }
            by_label_.emplace(word.text, labels_.size());
            labels_.push_back(word);
            return labels_.size() - 1;
        }
        const auto number = whole_number(word.text);
        if (!number || *number == 0 || *number > *n_) {
            problem(word.line, "names actor '" + std::string(word.text) + "' (expected a number from 1 to " + std::to_string(*n_) +
                                   (labels_.empty() ? std::string(")") : " or a label)"));
            return std::nullopt;
        }
        return *number - 1;
    }

    void add_cell(std::size_t m, std::size_t row, std::size_t column, const MatrixCell& value) {
        if (row == column) {
            if (warnings_) warnings_->add(file_, value.line, "ties " + id_of(row) + " to itself; left out");
            return;
        }
        if (cells_.size() <= m) cells_.resize(m + 1);
        const bool added = cells_[m].emplace(std::pair{row, column}, value).second;
        if (!added && warnings_)
            warnings_->add(file_, value.line, "lists the tie from " + id_of(row) + " to " + id_of(column) + " again; the first is kept");
    }

    // --- the network ------------------------------------------------------------------------

    std::string id_of(std::size_t actor) const {
        return actor < labels_.size() && !labels_[actor].text.empty() ? std::string(labels_[actor].text) : std::to_string(actor + 1);
    }

    void make_network(NetworkAssembler& assembler) {
        assembler.expect_actors(*n_);
        for (std::size_t i = 0; i < *n_; ++i) {
            binding::ActorDraft draft;
            draft.actor.id = draft.actor.name = id_of(i);
            assembler.add_actor(std::move(draft), file_, i < labels_.size() ? labels_[i].line : 1);
        }
        assembler.end_of_actors();
        const bool relations = matrices_ > 1 || !matrix_labels_.empty();
        for (std::size_t m = 0; m < cells_.size(); ++m)
            add_matrix_ties(cells_[m], [this](std::size_t actor) { return id_of(actor); }, relations ? matrix_label(m) : std::string(), file_, assembler);
    }

    std::string matrix_label(std::size_t m) const {
        return m < matrix_labels_.size() && !matrix_labels_[m].text.empty() ? std::string(matrix_labels_[m].text)
                                                                               : "matrix " + std::to_string(m + 1);
    }

    static std::optional<std::size_t> whole_number(std::string_view word) {
        std::size_t value = 0;
        const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
        if (error != std::errc{} || end != word.data() + word.size()) return std::nullopt;
        return value;
    }

    void problem(std::size_t line, std::string message) { problems_.add(file_, line, std::move(message)); }
    /// A problem after which the rest cannot be read.
    bool refuse(std::size_t line, std::string message) {
        problem(line, std::move(message));
        return false;
    }

    const std::string& file_;
    std::size_t max_actors_;
    DiagnosticList& problems_;
    DiagnosticList* warnings_;
    std::vector<Word> words_;
    std::size_t next_ = 0;
    std::optional<std::size_t> n_;
    std::size_t matrices_ = 1;
    DataFormat format_ = DataFormat::full_matrix;
    bool diagonal_present_ = true;
    bool embedded_ = false;
    std::vector<Word> labels_, column_labels_, matrix_labels_;
    std::unordered_map<std::string_view, std::size_t> by_label_;
    std::vector<MatrixCells> cells_;
};

}  // namespace

Network read_ucinet_dl_text_up_to(std::string_view text, const std::string& file, std::size_t max_actors, DiagnosticList* warnings) {
    expect_plain_text(text, file, "a UCINET DL file");
    DiagnosticList problems;
    NetworkAssembler assembler(problems);
    UcinetDlReader(file, max_actors, problems, warnings).read(text, assembler);
    return assembler.finish();
}

Network read_ucinet_dl_text(std::string_view text, const std::string& file, DiagnosticList* warnings) {
    return read_ucinet_dl_text_up_to(text, file, max_pajek_vertices, warnings);
}

Network read_ucinet_dl(const std::filesystem::path& path, DiagnosticList* warnings) {
    expect_input_file(path, "a UCINET DL file");
    const MappedText text(path);
    return read_unchanged({&text}, [&] { return read_ucinet_dl_text(text.text(), path.string(), warnings); });
}

bool is_ucinet_dl_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string start(64, '\0');
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    start.resize(static_cast<std::size_t>(in.gcount()));
    std::string_view word = text::trim(start);
    if (word.starts_with("\xEF\xBB\xBF")) word.remove_prefix(3);
    const auto ends_word = [&](std::size_t i) { return i == word.size() || std::string_view(" \t\r\n,").find(word[i]) != std::string_view::npos; };
    return word.size() >= 2 && text::iequals(word.substr(0, 2), "DL") && ends_word(2);
}

}  // namespace wijknet
