// SPDX-License-Identifier: MIT
#include "wijknet/io/ucinet_dl.hpp"

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
#include "ucinet_dl_words.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

using ucinet_dl::number_of;
using ucinet_dl::whole_number;
using ucinet_dl::Word;

/// How the data is laid out: a matrix of rows (all of a row, or the half of it up to or from
/// the diagonal), or a list of ties, each line a row actor with one column actor (an edge list,
/// with a value) or several (a node list).
enum class DataFormat { full_matrix, lower_half, upper_half, edge_list, node_list };

constexpr std::size_t max_matrices = 10'000;

constexpr const char* two_mode_labels = "has LABELS: in a two-mode network (expected ROW LABELS: and COLUMN LABELS:)";

/// Which of the two sets of a two-mode network a label or number names.
enum class Side { row, column };

/// Reads one DL file: the header (its parameters and labels), then the data, into matrices of
/// cells; the actors and ties are made from them at the end, when it is known which matrices
/// are symmetric. A two-mode network (`NR=`, `NC=`) has its rows and its columns as two sets of
/// actors, numbered one after the other: column c is actor NR + c.
class UcinetDlReader {
public:
    UcinetDlReader(const std::string& file, std::size_t max_actors, DiagnosticList& problems, DiagnosticList* warnings)
        : file_(file), max_actors_(max_actors), problems_(problems), warnings_(warnings) {}

    void read(std::string_view text, NetworkAssembler& assembler) {
        if (const auto line = ucinet_dl::split_words(text, words_)) return problem(*line, "has a quote that is not closed on its line");
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
        if (word.is("LABELS")) {
            const bool embedded = !word.colon && next_ < words_.size() && words_[next_].is("EMBEDDED");
            if (!embedded && !n_ && (nr_ || nc_)) return refuse(word.line, two_mode_labels);
            if (!embedded) plain_labels_line_ = word.line;
            return read_labels(word, labels_, n_.value_or(0));
        }
        if (word.is("ROW")) return read_labels_after(word, labels_, n_ ? *n_ : nr_.value_or(0));
        if (word.is("COLUMN") || word.is("COL")) return read_labels_after(word, column_labels_, n_ ? *n_ : nc_.value_or(0));
        if (word.is("LEVEL") || word.is("MATRIX")) return read_labels_after(word, matrix_labels_, matrices_);
        return refuse(word.line, "has '" + std::string(word.text) +
                                     "' in its header (expected N=, NR=, NC=, NM=, FORMAT =, LABELS:, ROW LABELS:, COLUMN LABELS:, LEVEL LABELS: or DATA:)");
    }

    /// `N = 18`, `NR=18, NC=14`, `NM=10`.
    bool read_count(const Word& key) {
        const auto value = next_ + 1 < words_.size() && words_[next_].text == "=" ? whole_number(words_[next_ + 1].text) : std::nullopt;
        if (!value) return refuse(key.line, "has " + std::string(key.text) + " without a count (expected e.g. N=18)");
        next_ += 2;
        const std::size_t limit = key.is("NM") ? max_matrices : max_actors_;
        if (*value > limit || (key.is("NM") && *value == 0))
            return refuse(key.line, "has " + std::string(key.text) + "=" + std::to_string(*value) + " (expected 1 to " + std::to_string(limit) + ")");
        if (key.is("N")) n_ = *value;
        else if (key.is("NR")) nr_ = *value;
        else if (key.is("NC")) nc_ = *value;
        else matrices_ = *value;
        return true;
    }

    bool read_format() {
        const Word* value = next_ + 1 < words_.size() && words_[next_].text == "=" ? &words_[next_ + 1] : nullptr;
        if (!value) return refuse(words_[next_ - 1].line, "has FORMAT without a value (expected e.g. FORMAT = FULLMATRIX)");
        next_ += 2;
        format_line_ = value->line;
        if (value->is("FULLMATRIX") || value->is("FM")) format_ = DataFormat::full_matrix;
        else if (value->is("LOWERHALF") || value->is("LH")) format_ = DataFormat::lower_half;
        else if (value->is("UPPERHALF") || value->is("UH")) format_ = DataFormat::upper_half;
        else if (value->is("EDGELIST1") || value->is("EL1")) format_ = DataFormat::edge_list;
        else if (value->is("NODELIST1") || value->is("NL1")) format_ = DataFormat::node_list;
        else if (value->is("EDGELIST2") || value->is("EL2")) format_ = DataFormat::edge_list;
        else if (value->is("NODELIST2") || value->is("NL2")) format_ = DataFormat::node_list;
        else {
            return refuse(value->line, "has FORMAT = " + std::string(value->text) +
                                           ", which wijknet does not read (expected FULLMATRIX, LOWERHALF, UPPERHALF, EDGELIST1, NODELIST1, "
                                           "EDGELIST2 or NODELIST2)");
        }
        format_name_ = value->text;
        two_mode_list_ = value->is("EDGELIST2") || value->is("EL2") || value->is("NODELIST2") || value->is("NL2");
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
        if (count == 0) return refuse(keyword.line, "has labels before N=, NR=, NC= or NM= says how many (expected N= first)");
        labels.clear();
        while (labels.size() < count && next_ < words_.size() && !words_[next_].is("DATA")) labels.push_back(words_[next_++]);
        return true;
    }

    bool check_header(std::size_t line) {
        if (!check_counts(line) || !check_format(line)) return false;
        if (!labels_.empty() && labels_.size() != rows_)
            return refuse(labels_.back().line, "has " + std::to_string(labels_.size()) + " labels for " + count_name(Side::row) + " actors");
        if (two_mode_) {
            if (!column_labels_.empty() && column_labels_.size() != columns_)
                return refuse(column_labels_.back().line,
                              "has " + std::to_string(column_labels_.size()) + " column labels for " + count_name(Side::column) + " actors");
        } else {
            if (!column_labels_.empty() && !same_labels(column_labels_, labels_))
                return refuse(column_labels_.front().line,
                              "has column labels that are not its row labels (expected one set of actors, as in a one-mode network, or NR= "
                              "and NC= for two)");
            if (labels_.empty()) labels_ = column_labels_;
            column_labels_.clear();
        }
        return index_labels();
    }

    /// N= for one set of actors, or NR= and NC= for the rows and columns of a two-mode network.
    bool check_counts(std::size_t line) {
        two_mode_ = nr_ || nc_;
        if (two_mode_ && n_) return refuse(line, "has N= as well as NR= or NC= (expected N= for one set of actors, or NR= and NC= for two)");
        if (two_mode_ && !(nr_ && nc_)) return refuse(line, std::string("has ") + (nr_ ? "NR= without NC=" : "NC= without NR=") + " (expected both, e.g. NR=18, NC=14)");
        if (!two_mode_ && !n_) return refuse(line, "has no N= (expected the number of actors, e.g. DL N=18)");
        rows_ = two_mode_ ? *nr_ : *n_;
        columns_ = two_mode_ ? *nc_ : *n_;
        if (two_mode_ && rows_ + columns_ > max_actors_)
            return refuse(line, "has NR=" + std::to_string(rows_) + " and NC=" + std::to_string(columns_) + " (expected at most " +
                                    std::to_string(max_actors_) + " actors in all)");
        if (two_mode_ && plain_labels_line_)
            return refuse(*plain_labels_line_, two_mode_labels);
        return true;
    }

    /// Half matrices are of one set of actors; the lists say by their number how many sets.
    bool check_format(std::size_t line) {
        const bool half = format_ == DataFormat::lower_half || format_ == DataFormat::upper_half;
        const std::size_t at = format_line_.value_or(line);
        if (half && two_mode_) return refuse(at, "has FORMAT = " + format_name_ + " with NR= and NC= (expected N=: a half matrix is of one set of actors)");
        if (half && embedded_) return refuse(at, "has LABELS EMBEDDED with FORMAT = " + format_name_ + " (expected the labels listed before DATA:)");
        const bool list = format_ == DataFormat::edge_list || format_ == DataFormat::node_list;
        if (list && two_mode_ && !two_mode_list_)
            return refuse(at, "has FORMAT = " + format_name_ + " with NR= and NC= (expected " + (format_ == DataFormat::edge_list ? "EDGELIST2" : "NODELIST2") +
                                  " for a two-mode network)");
        if (list && !two_mode_ && two_mode_list_)
            return refuse(at, "has FORMAT = " + format_name_ + " with N= (expected NR= and NC=, or " + (format_ == DataFormat::edge_list ? "EDGELIST1" : "NODELIST1") +
                                  " for one set of actors)");
        return true;
    }

    static bool same_labels(const std::vector<Word>& a, const std::vector<Word>& b) {
        if (a.size() != b.size()) return b.empty();
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i].text != b[i].text) return false;
        return true;
    }

    bool index_labels() {
        for (std::size_t i = 0; i < labels_.size(); ++i) index_label(Side::row, i);
        for (std::size_t i = 0; i < column_labels_.size(); ++i) index_label(Side::column, i);
        return problems_.empty();
    }

    /// Each label names one actor: a row's label may not be a column's too, since it is the
    /// actor's id.
    bool index_label(Side side, std::size_t i) {
        const Word& label = labels_of(side)[i];
        if (!by_label_.emplace(label.text, actor_at(side, i)).second) {
            problem(label.line, "has label '" + std::string(label.text) + "' twice (expected each actor's label once" +
                                    (two_mode_ ? std::string(", the rows' and the columns' apart)") : std::string(")")));
            return false;
        }
        return true;
    }

    std::vector<Word>& labels_of(Side side) { return side == Side::row ? labels_ : column_labels_; }
    std::size_t count_of(Side side) const { return side == Side::row ? rows_ : columns_; }
    std::size_t actor_at(Side side, std::size_t i) const { return side == Side::column && two_mode_ ? rows_ + i : i; }
    std::string count_name(Side side) const {
        if (!two_mode_) return "N=" + std::to_string(rows_);
        return side == Side::row ? "NR=" + std::to_string(rows_) : "NC=" + std::to_string(columns_);
    }

    // --- the data ---------------------------------------------------------------------------

    void read_data() {
        switch (format_) {
            case DataFormat::full_matrix:
            case DataFormat::lower_half:
            case DataFormat::upper_half: return read_matrices();
            case DataFormat::edge_list:
            case DataFormat::node_list: return read_lists();
        }
    }

    /// Row after row, matrix after matrix; with embedded labels, the column labels first and
    /// each row's label before its values.
    void read_matrices() {
        if (embedded_ && !read_embedded_column_labels()) return;
        for (std::size_t m = 0; m < matrices_; ++m)
            for (std::size_t row = 0; row < rows_; ++row) {
                if (embedded_ && !read_row_label(row)) return;
                const auto [first, last] = columns_of_row(row);
                for (std::size_t column = first; column < last; ++column) {
                    if (!two_mode_ && column == row && !diagonal_present_) continue;
                    const auto value = next_value(m, row);
                    if (!value) return;
                    if (value->value != 0) add_matrix_cell(m, row, column, *value);
                }
            }
        if (next_ < words_.size())
            problem(words_[next_].line, "has more values than " + std::to_string(matrices_) + " matrices of " + shape() +
                                            " hold (expected " + (two_mode_ ? "NR=, NC=" : std::string("N=")) + " and NM= to count them)");
    }

    /// The columns a row holds values for: all of them, or those up to or from the diagonal.
    std::pair<std::size_t, std::size_t> columns_of_row(std::size_t row) const {
        if (format_ == DataFormat::lower_half) return {0, row + 1};
        if (format_ == DataFormat::upper_half) return {row, columns_};
        return {0, columns_};
    }

    /// A cell of a full matrix stands for itself; one of a half matrix, or of a two-mode
    /// matrix, for an undirected tie, so it is given its mirror too.
    void add_matrix_cell(std::size_t m, std::size_t row, std::size_t column, const MatrixCell& value) {
        if (format_ == DataFormat::full_matrix && !two_mode_) add_cell(m, row, column, value);
        else add_undirected_cell(m, row, actor_at(Side::column, column), value);
    }

    std::string shape() const {
        if (format_ == DataFormat::lower_half) return "the lower half of " + std::to_string(rows_) + " by " + std::to_string(rows_);
        if (format_ == DataFormat::upper_half) return "the upper half of " + std::to_string(rows_) + " by " + std::to_string(rows_);
        return std::to_string(rows_) + " by " + std::to_string(columns_);
    }

    bool read_embedded_column_labels() {
        std::vector<Word> columns;
        while (columns.size() < columns_ && next_ < words_.size()) columns.push_back(words_[next_++]);
        if (columns.size() < columns_) return refuse(words_.back().line, "ends within its column labels (expected " + std::to_string(columns_) + ")");
        by_label_.clear();  // labels listed in the header too are these again
        if (two_mode_) {
            column_labels_ = std::move(columns);
            labels_.clear();
        } else {
            labels_ = std::move(columns);
        }
        return index_labels();
    }

    /// In one set of actors, a row's label is its column's; in two, each row's is a new actor in
    /// the first matrix, and the same again in the others.
    bool read_row_label(std::size_t row) {
        if (next_ == words_.size()) return refuse(words_.back().line, "ends before the label of row " + std::to_string(row + 1));
        const Word& label = words_[next_++];
        // The first matrix names each row; the next ones name it again.
        if (two_mode_ && row == labels_.size()) {
            labels_.push_back(label);
            return index_label(Side::row, row);
        }
        if (text::iequals(label.text, labels_[row].text)) return true;  // UCINET's labels ignore case
        return refuse(label.line, "labels row " + std::to_string(row + 1) + " '" + std::string(label.text) + "' (expected '" +
                                       std::string(labels_[row].text) + "', as " +
                                       (two_mode_ ? "the first matrix names that row)" : "the column labels name them)"));
    }

    /// The next value of matrix `m`; a `!` between matrices is passed over.
    std::optional<MatrixCell> next_value(std::size_t m, std::size_t row) {
        while (next_ < words_.size() && words_[next_].text == "!") ++next_;
        if (next_ == words_.size()) {
            problem(words_.back().line, "ends in row " + std::to_string(row + 1) + " of matrix " + std::to_string(m + 1) + " (expected " +
                                            std::to_string(matrices_) + " matrices of " + shape() + " values)");
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

    /// EDGELIST: `from to [value]` per line; NODELIST: `from to to ...`. A line `!` starts the
    /// next matrix. In a two-mode list (EDGELIST2, NODELIST2) the first is a row, the others
    /// columns.
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
        const auto from = actor_of(fields[0], Side::row), to = actor_of(fields[1], Side::column);
        if (!from || !to) return;
        const auto value = fields.size() == 3 ? number_of(fields[2].text) : 1.0;
        if (!value) return problem(fields[2].line, "holds '" + std::string(fields[2].text) + "' as the value (expected a number)");
        if (*value != 0) add_list_cell(m, *from, *to, MatrixCell{*value, fields[0].line});
    }

    void read_node_list(std::size_t m, const std::vector<Word>& fields) {
        const auto from = actor_of(fields[0], Side::row);
        if (!from) return;
        for (std::size_t i = 1; i < fields.size(); ++i)
            if (const auto to = actor_of(fields[i], Side::column)) add_list_cell(m, *from, *to, MatrixCell{1.0, fields[i].line});
    }

    void add_list_cell(std::size_t m, std::size_t from, std::size_t to, const MatrixCell& value) {
        if (two_mode_) add_undirected_cell(m, from, to, value);
        else add_cell(m, from, to, value);
    }

    /// An actor named in a list: by its label, by its number, or, with embedded labels, a new
    /// actor for each new label. In a two-mode network rows and columns are numbered apart.
    std::optional<std::size_t> actor_of(const Word& word, Side side) {
        if (!two_mode_) side = Side::row;
        if (const auto found = by_label_.find(word.text); found != by_label_.end()) {
            if (!two_mode_ || (found->second >= rows_) == (side == Side::column)) return found->second;
            problem(word.line, "names '" + std::string(word.text) + "' as a " + (side == Side::row ? "row" : "column") + ", but it labels a " +
                                   (side == Side::row ? "column" : "row") + " (expected the row first, then the columns)");
            return std::nullopt;
        }
        std::vector<Word>& labels = labels_of(side);
        if (embedded_) {
            if (labels.size() == count_of(side)) {
                problem(word.line, "names '" + std::string(word.text) + "', one actor more than " + count_name(side));
                return std::nullopt;
            }
            labels.push_back(word);
            if (!index_label(side, labels.size() - 1)) return std::nullopt;
            return actor_at(side, labels.size() - 1);
        }
        const auto number = whole_number(word.text);
        if (!number || *number == 0 || *number > count_of(side)) {
            problem(word.line, "names " + std::string(two_mode_ ? (side == Side::row ? "row " : "column ") : "actor ") + "'" + std::string(word.text) +
                                   "' (expected a number from 1 to " + std::to_string(count_of(side)) + (labels.empty() ? std::string(")") : " or a label)"));
            return std::nullopt;
        }
        return actor_at(side, *number - 1);
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

    /// A cell and its mirror: the matrix stays symmetric, so it gives one undirected tie.
    void add_undirected_cell(std::size_t m, std::size_t row, std::size_t column, const MatrixCell& value) {
        const std::size_t before = m < cells_.size() ? cells_[m].size() : 0;
        add_cell(m, row, column, value);
        if (m < cells_.size() && cells_[m].size() > before) cells_[m].emplace(std::pair{column, row}, value);
    }

    // --- the network ------------------------------------------------------------------------

    /// An actor's id: its label, or its number (a column of a two-mode network counts on from
    /// the last row, as Pajek numbers the two sets).
    std::string id_of(std::size_t actor) const {
        const bool column = two_mode_ && actor >= rows_;
        const std::vector<Word>& labels = column ? column_labels_ : labels_;
        const std::size_t i = column ? actor - rows_ : actor;
        return i < labels.size() && !labels[i].text.empty() ? std::string(labels[i].text) : std::to_string(actor + 1);
    }

    std::size_t line_of(std::size_t actor) const {
        const bool column = two_mode_ && actor >= rows_;
        const std::vector<Word>& labels = column ? column_labels_ : labels_;
        const std::size_t i = column ? actor - rows_ : actor;
        return i < labels.size() ? labels[i].line : 1;
    }

    void make_network(NetworkAssembler& assembler) {
        const std::size_t actors = two_mode_ ? rows_ + columns_ : rows_;
        assembler.expect_actors(actors);
        for (std::size_t i = 0; i < actors; ++i) {
            binding::ActorDraft draft;
            draft.actor.id = draft.actor.name = id_of(i);
            if (two_mode_) draft.actor.attributes.push_back({"mode", i < rows_ ? "1" : "2"});
            assembler.add_actor(std::move(draft), file_, line_of(i));
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
    std::optional<std::size_t> n_, nr_, nc_;
    bool two_mode_ = false;
    std::size_t rows_ = 0, columns_ = 0;
    std::size_t matrices_ = 1;
    DataFormat format_ = DataFormat::full_matrix;
    std::string format_name_ = "FULLMATRIX";
    std::optional<std::size_t> format_line_, plain_labels_line_;
    bool two_mode_list_ = false;
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
