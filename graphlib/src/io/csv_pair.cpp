// SPDX-License-Identifier: MIT
#include "wijknet/io/csv_pair.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <sstream>
#include <system_error>

#include "csv_pair_pieces.hpp"
#include "field_binding.hpp"
#include "folder_replacement.hpp"
#include "input_path.hpp"
#include "mapped_text.hpp"
#include "network_assembler.hpp"
#include "wijknet/concurrency/pieces.hpp"
#include "wijknet/io/csv_table.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"
#include "wijknet/text/byte_scan.hpp"

namespace wijknet {
namespace {

std::string nameless_column_problem(std::size_t column) {
    return "has a value in column " + std::to_string(column + 1) + ", which has no name (expected a header above every column that holds values)";
}

/// Which column holds which field, and which columns are free attributes.
template <class Field>
struct ColumnMap {
    std::vector<std::optional<Field>> field_of_column;
    std::vector<std::string> names;   // trimmed headers, as the user wrote them
    std::vector<std::string> labels;  // "column 'soort'": how problems name a column
    bool complete = true;

    /// Whether some column holds free attributes (a named column wijknet has no field for).
    [[nodiscard]] bool has_free_columns() const {
        for (std::size_t column = 0; column < names.size(); ++column)
            if (!field_of_column[column] && !names[column].empty()) return true;
        return false;
    }
    /// Hands each value of a record to `set(field, value, label)` when its column holds a field,
    /// else to `keep(attribute)` when it is a free attribute with a value; a value in a column
    /// without a header goes to `nameless(column)`.
    template <class Set, class Keep, class Nameless>
    void bind(std::span<const std::string_view> values, Set&& set, Keep&& keep, Nameless&& nameless) const {
        for (std::size_t column = 0; column < values.size(); ++column) {
            if (const auto field = field_of_column[column]) set(*field, values[column], labels[column]);
            else if (text::trim(values[column]).empty()) continue;
            else if (names[column].empty()) nameless(column);
            // Trimmed like every field and as the other readers keep attributes, so that a value
            // reads the same from the pair as from the GraphML written of it.
            else keep(Attribute{names[column], std::string(text::trim(values[column]))});
        }
    }
};

template <class Field>
ColumnMap<Field> map_columns(std::span<const std::string_view> header, std::size_t header_line,
                             const std::vector<binding::FieldName<Field>>& fields,
                             std::optional<Field> (*field_named)(std::string_view), const std::string& file,
                             DiagnosticList& problems) {
    ColumnMap<Field> map;
    std::vector<std::optional<std::size_t>> column_of_field(fields.size());
    for (std::size_t column = 0; column < header.size(); ++column) {
        const std::string name(text::trim(header[column]));
        auto field = field_named(name);
        if (field) {
            auto& seen = column_of_field[static_cast<std::size_t>(*field)];
            if (seen) {
                problems.add(file, header_line,
                             "column '" + name + "' repeats column '" + map.names[*seen] + "' (expected each column once)");
                field.reset();
            } else {
                seen = column;
            }
        }  // a column without a name is fine while it holds nothing: spreadsheets add empty ones
        map.field_of_column.push_back(field);
        map.names.push_back(name);
        map.labels.push_back("column '" + name + "'");
    }
    for (const auto& entry : fields) {
        if (entry.required_in_csv && !column_of_field[static_cast<std::size_t>(entry.field)]) {
            std::string also = entry.dutch != entry.english ? " or '" + std::string(entry.dutch) + "'" : "";
            problems.add(file, header_line, "missing required column '" + std::string(entry.english) + "'" + also);
            map.complete = false;
        }
    }
    return map;
}

/// \brief Turns the records of one CSV file into drafts, as they are read.
template <class Draft, class Field>
class DraftReader {
public:
    using AddDraft = std::function<void(Draft&&, std::size_t line)>;

    DraftReader(const std::vector<binding::FieldName<Field>>& fields,
                std::optional<Field> (*field_named)(std::string_view), std::string file, DiagnosticList& problems,
                AddDraft add)
        : fields_(fields), field_named_(field_named), file_(std::move(file)), problems_(problems), add_(std::move(add)) {}
    /// A reader for another piece of the same file, whose header `first` has read.
    DraftReader(const DraftReader& first, DiagnosticList& problems, AddDraft add)
        : fields_(first.fields_), field_named_(first.field_named_), file_(first.file_), problems_(problems),
          add_(std::move(add)), header_seen_(first.header_seen_), columns_(first.columns_) {}

    void record(std::size_t line, std::span<const std::string_view> values) {
        if (!header_seen_) {
            header_seen_ = true;
            columns_ = map_columns(values, line, fields_, field_named_, file_, problems_);
            return;
        }
        if (!columns_.complete) return;
        Draft draft;
        columns_.bind(
            values,
            [&](Field field, std::string_view value, std::string_view label) {
                if (auto problem = binding::set_field(draft, field, value, label)) problems_.add(file_, line, std::move(*problem));
            },
            [&](Attribute attribute) { attributes_of(draft).push_back(std::move(attribute)); },
            [&](std::size_t column) { problems_.add(file_, line, nameless_column_problem(column)); });
        add_(std::move(draft), line);
    }

    /// Whether the file had a header with every required column.
    [[nodiscard]] bool readable() const { return header_seen_ && columns_.complete; }
    [[nodiscard]] const ColumnMap<Field>& columns() const { return columns_; }

private:
    static Attributes& attributes_of(Draft& draft) {
        if constexpr (std::is_same_v<Draft, binding::ActorDraft>) return draft.actor.attributes;
        else return draft.attributes;
    }

    const std::vector<binding::FieldName<Field>>& fields_;
    std::optional<Field> (*field_named_)(std::string_view);
    std::string file_;
    DiagnosticList& problems_;
    AddDraft add_;
    bool header_seen_ = false;
    ColumnMap<Field> columns_;
};

/// A file's text, how to give back pages already read (nothing to give for text in memory), and
/// from what size it is read in pieces on every core.
struct TextSource {
    std::string_view text;
    std::function<void(std::size_t from, std::size_t to)> release;
    std::size_t min_piece_bytes = default_min_piece_bytes;
};

// Between records, every so many bytes: pages behind are given back, and the lists are sized.
constexpr std::size_t progress_step = std::size_t{8} << 20;

/// Gives back the pages of a piece of `source`, starting at `offset`, as it is read.
CsvReader::ProgressHandler releasing(const TextSource& source, std::size_t offset) {
    return [&source, offset, released = offset](std::size_t bytes_read) mutable {
        if (source.release) source.release(released, offset + bytes_read);
        released = offset + bytes_read;
    };
}

/// As `releasing`, and after the first piece, guesses from the records so far and the size of
/// the file how many follow, and makes room for them up front: copying a list of millions as it
/// grows costs time and twice the memory.
CsvReader::ProgressHandler sizing_and_releasing(const std::size_t& records, const TextSource& source,
                                                std::function<void(std::size_t)> expect) {
    return [&records, &source, expect = std::move(expect), release = releasing(source, 0),
            sized = false](std::size_t bytes_read) mutable {
        if (!sized) {
            sized = true;
            expect(records * (source.text.size() / bytes_read + 1) * 21 / 20);
        }
        release(bytes_read);
    };
}

/// \brief One file of the pair: a CSV reader whose records become drafts, which reads the file
/// whole, or its header only, for pieces to read the rest on several threads.
template <class Draft, class Field>
struct DraftFile {
    DraftFile(const TextSource& text, const std::string& name, DiagnosticList& problems,
              const std::vector<binding::FieldName<Field>>& fields, std::optional<Field> (*field_named)(std::string_view),
              typename DraftReader<Draft, Field>::AddDraft add)
        : source(text),
          drafts(fields, field_named, name, problems, std::move(add)),
          csv(name, problems, [this](std::size_t line, std::span<const std::string_view> values) {
              ++records;
              drafts.record(line, values);
          }) {}
    DraftFile(const DraftFile&) = delete;  // csv calls back into this
    DraftFile& operator=(const DraftFile&) = delete;

    void read_header() { csv.read_header(source.text.substr(0, source.text.find('\n') + 1)); }
    /// Reads the whole file; `expect(records)` sizes the lists after the first megabytes.
    void read_whole(std::function<void(std::size_t)> expect) {
        csv.on_progress(sizing_and_releasing(records, source, std::move(expect)), progress_step);
        csv.read(source.text);
    }

    const TextSource& source;
    std::size_t records = 0;
    DraftReader<Draft, Field> drafts;
    CsvReader csv;
};

using TieDraftReader = DraftReader<binding::TieDraft, binding::TieField>;

/// The line ends in `text`, giving back its pages as they are counted.
std::size_t count_lines(std::string_view text, CsvReader::ProgressHandler release) {
    std::size_t lines = 0;
    for (std::size_t done = 0; done < text.size();) {
        const std::size_t step = std::min(progress_step, text.size() - done);
        lines += text::count_byte(text.substr(done, step), '\n');
        done += step;
        release(done);
    }
    return lines;
}

/// How many pieces to read a file in, on every core: one, unless the file is big, the machine has
/// cores to spare, and the file's lines are its records (it has no quotes, which could hold a
/// line end) with the header on the first.
std::size_t line_pieces(const TextSource& source) {
    const std::string_view text = source.text;
    // Four pieces per core: a core that finishes its pieces first takes more.
    const std::size_t pieces = pieces_for(text.size(), source.min_piece_bytes, 4);
    if (pieces == 1) return 1;
    const auto header_end = text.find('\n');
    if (header_end == std::string_view::npos) return 1;
    std::string_view header = text.substr(0, header_end);
    if (header.starts_with("\xEF\xBB\xBF")) header.remove_prefix(3);  // a byte-order mark
    if (text::trim(header).empty()) return 1;
    if (text.find('"') != std::string_view::npos) return 1;
    return pieces;
}

/// \brief The lines after a file's header, cut at line ends into pieces to read on every core;
/// each piece's lines are counted (pieces on every core too) to know the line it starts on.
struct LinePieces {
    static constexpr std::size_t first_body_line = 2;
    std::vector<std::string_view> texts;
    std::vector<std::size_t> first_lines;  // of each piece
    std::size_t lines = 0;                 // in all pieces: the records there can be

    LinePieces(const TextSource& source, std::size_t pieces) {
        const std::string_view body = source.text.substr(source.text.find('\n') + 1);
        for (std::size_t begin = 0, k = 1; begin < body.size(); ++k) {
            std::size_t end = k == pieces ? body.size() : body.find('\n', std::max(begin, body.size() * k / pieces));
            end = end == std::string_view::npos ? body.size() : std::min(end + 1, body.size());
            texts.push_back(body.substr(begin, end - begin));
            begin = end;
        }
        std::vector<std::size_t> counts(texts.size());
        on_each_piece(texts.size(), [&](std::size_t k) { counts[k] = count_lines(texts[k], releasing(source, offset(source, k))); });
        std::size_t line = first_body_line;
        for (const std::size_t count : counts) {
            first_lines.push_back(line);
            line += count;
        }
        lines = line - first_body_line + (!body.empty() && body.back() != '\n' ? 1 : 0);
    }
    /// The slots of piece `k`'s lines, of `slots`, one per line of all pieces.
    template <class Slot>
    [[nodiscard]] std::span<Slot> slots_of(std::size_t k, std::span<Slot> slots) const {
        if (slots.empty()) return slots;  // a file without free columns has no attribute slots
        const std::size_t end = k + 1 < first_lines.size() ? first_lines[k + 1] - first_body_line : lines;
        return slots.subspan(first_lines[k] - first_body_line, end - (first_lines[k] - first_body_line));
    }
    /// Where piece `k` starts in the file.
    [[nodiscard]] std::size_t offset(const TextSource& source, std::size_t k) const {
        return static_cast<std::size_t>(texts[k].data() - source.text.data());
    }
    /// Reads piece `k` with `csv`, giving back its pages as it goes.
    void read(std::size_t k, const TextSource& source, CsvReader& csv, char separator, std::size_t header_size) const {
        csv.on_progress(releasing(source, offset(source, k)), progress_step);
        csv.read_piece(texts[k], separator, header_size, first_lines[k]);
    }
};

using ActorDraftReader = DraftReader<binding::ActorDraft, binding::ActorField>;

/// Reads the lines of `cut` on every core, after the header that `header` read. `make_rows(k)`
/// gives piece k what turns its records into actors or ties, each put in the
/// slot of its line (of the piece's own slots: a file that changed since its lines were counted
/// cannot write past them), so the pieces join in file order without copying. Returns each piece's
/// problems; those of the file's encoding go into `file_problems`, as read() puts them.
template <class MakeRows>
std::vector<DiagnosticList> read_pieces(const TextSource& source, const LinePieces& cut, const std::string& name,
                                        const CsvReader& header, DiagnosticList& file_problems, MakeRows make_rows) {
    std::vector<DiagnosticList> problems(cut.texts.size());
    std::vector<EncodingReport> encodings(cut.texts.size() + 1);
    encodings.front() = header.encoding();
    on_each_piece(cut.texts.size(), [&](std::size_t k) {
        auto rows = make_rows(k);
        CsvReader csv(name, rows.problems(),
                      [&rows](std::size_t line, std::span<const std::string_view> fields) { rows.record(line, fields); });
        cut.read(k, source, csv, header.separator(), header.header_size());
        rows.finish();
        problems[k] = std::move(rows.problems());
        encodings[k + 1] = csv.encoding();
    });
    // As for a file read front to back: the first lines that are not UTF-8, then a count.
    report_encoding(encodings, name, file_problems);
    return problems;
}

/// \brief The records of one piece of an actor file, as actors in the slots of their lines.
class ActorRows {
public:
    ActorRows(const ActorDraftReader& header_reader, const std::string& file, std::span<Actor> slots, std::size_t first_line)
        : piece_(file, slots, first_line),
          drafts_(header_reader, piece_.problems(),
                  [this](binding::ActorDraft&& draft, std::size_t line) { piece_.add(std::move(draft), line); }) {}
    ActorRows(const ActorRows&) = delete;  // drafts_ holds on to piece_
    ActorRows& operator=(const ActorRows&) = delete;

    void record(std::size_t line, std::span<const std::string_view> values) { drafts_.record(line, values); }
    void finish() {}
    [[nodiscard]] DiagnosticList& problems() { return piece_.problems(); }

private:
    ActorPiece piece_;
    ActorDraftReader drafts_;
};

/// \brief The records of one piece of a tie file, read straight into the slots of their lines:
/// with no draft between, and ids kept as views of the file's text until their actors are
/// found. A million residents have millions of ties, and each copy or call per tie shows. Only
/// for text without quotes (as all pieces are), whose fields are all views of the text itself.
class TieRows {
public:
    /// `attribute_slots`: one per line like `slots`, or none when the file has no free columns.
    TieRows(const TieDraftReader& header_reader, const Network& actors, const std::string& file, std::span<Tie> slots,
            std::span<Attributes> attribute_slots, std::size_t first_line)
        : header_(header_reader), file_(file), piece_(actors, file, slots, first_line), attribute_slots_(attribute_slots),
          first_line_(first_line) {}

    void record(std::size_t line, std::span<const std::string_view> values) {
        const auto& columns = header_.columns();
        if (!columns.complete || !piece_.has_slot(line)) return;
        Tie& tie = piece_.slot(line);
        std::string_view source_id, target_id;
        columns.bind(
            values,
            [&](binding::TieField field, std::string_view value, std::string_view label) {
                if (!binding::read_tie_field(tie, source_id, target_id, field, value))
                    piece_.problems().add(file_, line, binding::tie_value_problem(field, value, label));
            },
            [&](Attribute attribute) { attribute_slots_[line - first_line_].push_back(std::move(attribute)); },
            [&](std::size_t column) { piece_.problems().add(file_, line, nameless_column_problem(column)); });
        piece_.add(source_id, target_id, line);
    }
    void finish() { piece_.finish(); }
    [[nodiscard]] DiagnosticList& problems() { return piece_.problems(); }

private:
    const TieDraftReader& header_;
    const std::string& file_;
    TiePiece piece_;
    std::span<Attributes> attribute_slots_;
    std::size_t first_line_;
};

void read_actors(const TextSource& actors, const std::string& name, NetworkAssembler& assembler,
                 DiagnosticList& problems) {
    DraftFile<binding::ActorDraft, binding::ActorField> file(
        actors, name, problems, binding::actor_fields(), &binding::actor_field_named,
        [&](binding::ActorDraft&& draft, std::size_t line) { assembler.add_actor(std::move(draft), name, line); });
    if (const std::size_t pieces = line_pieces(actors); pieces > 1) {
        // Parsed on every core; the id index is built after, on one.
        file.read_header();
        const LinePieces cut(actors, pieces);
        std::vector<Actor> slots(cut.lines);
        auto piece_problems = read_pieces(actors, cut, name, file.csv, problems, [&](std::size_t k) {
            return ActorRows(file.drafts, name, cut.slots_of(k, std::span(slots)), cut.first_lines[k]);
        });
        assembler.add_found_actors(std::move(slots), name, LinePieces::first_body_line, piece_problems);
    } else {
        file.read_whole([&](std::size_t n) { assembler.expect_actors(n); });
        assembler.end_of_actors();
    }
    if (!file.drafts.readable()) assembler.actors_unreadable();
}

/// \brief A big tie file cut into pieces, and a slot for the tie of each of its lines: making
/// room for millions of ties keeps a core busy for a quarter of a second, so it is done while
/// the actors are read.
struct TieSlots {
    LinePieces cut;
    std::vector<Tie> slots;
    TieSlots(const TextSource& ties, std::size_t pieces) : cut(ties, pieces), slots(cut.lines) {}
};

void read_ties_in_pieces(const TextSource& ties, TieSlots room, const std::string& name,
                         const TieDraftReader& header_reader, const CsvReader& header, NetworkAssembler& assembler,
                         DiagnosticList& file_problems) {
    // Room for free attributes only when the file has columns for them.
    std::vector<Attributes> attribute_slots(header_reader.columns().has_free_columns() ? room.slots.size() : 0);
    const auto problems = read_pieces(ties, room.cut, name, header, file_problems, [&](std::size_t k) {
        return TieRows(header_reader, assembler.actors(), name, room.cut.slots_of(k, std::span(room.slots)),
                       room.cut.slots_of(k, std::span(attribute_slots)), room.cut.first_lines[k]);
    });
    assembler.add_found_ties(std::move(room.slots), std::move(attribute_slots), problems);
}

/// Reads the ties; in the pieces of `room`, when it was made and the actors could be read (pieces
/// find their actors in the index).
void read_ties(const TextSource& ties, std::future<TieSlots> room, const std::string& name,
               NetworkAssembler& assembler, DiagnosticList& problems) {
    DraftFile<binding::TieDraft, binding::TieField> file(
        ties, name, problems, binding::tie_fields(), &binding::tie_field_named,
        [&](binding::TieDraft&& draft, std::size_t line) { assembler.add_tie(std::move(draft), name, line); });
    if (room.valid() && assembler.actors_readable()) {
        file.read_header();
        read_ties_in_pieces(ties, room.get(), name, file.drafts, file.csv, assembler, problems);
        return;
    }
    if (room.valid()) room.wait();  // not needed after all, nor are its errors
    file.read_whole([&](std::size_t n) { assembler.expect_ties(n); });
}

Network read_csv_pair_from(const TextSource& actors, const TextSource& ties, const std::string& actors_name,
                           const std::string& ties_name) {
    DiagnosticList problems;
    NetworkAssembler assembler(problems);
    std::future<TieSlots> tie_room;
    if (const std::size_t pieces = line_pieces(ties); pieces > 1) {
        try {
            tie_room = std::async(std::launch::async, [&ties, pieces] { return TieSlots(ties, pieces); });
        } catch (const std::system_error&) {
            // No thread to spare: the ties are read front to back.
        }
    }
    read_actors(actors, actors_name, assembler, problems);
    read_ties(ties, std::move(tie_room), ties_name, assembler, problems);
    return assembler.finish();
}

/// A CSV table of `items`: a column per field, then one per free attribute name, which
/// `attributes_of(i)` gives for item i.
template <class Field, class Item, class TextOf, class AttributesOf>
std::string table_text(std::span<const Item> items, const std::vector<binding::FieldName<Field>>& fields, CsvDialect dialect,
                       TextOf&& text_of, AttributesOf&& attributes_of) {
    const auto extra = attribute_names(items.size(), attributes_of);
    const bool dutch = dialect == CsvDialect::dutch_excel;
    const char separator = dutch ? ';' : ',';
    // Excel takes a file without a byte order mark for Windows-1252, and mangles é and ë.
    std::string out = dutch ? "\xEF\xBB\xBF" : "";
    const auto add_row = [&out, separator](const std::vector<std::string>& values) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i) out += separator;
            out += csv_field(values[i], separator);
        }
        out += '\n';
    };
    std::vector<std::string> row;
    for (const auto& entry : fields) row.emplace_back(dutch ? entry.dutch : entry.english);
    row.insert(row.end(), extra.begin(), extra.end());
    add_row(row);
    for (std::size_t i = 0; i < items.size(); ++i) {
        row.clear();
        for (const auto& entry : fields) row.push_back(text_of(items[i], entry.field));
        for (const auto& name : extra) {
            const auto* value = find_attribute(attributes_of(i), name);
            row.push_back(value ? *value : std::string{});
        }
        add_row(row);
    }
    return out;
}

}  // namespace

Network read_csv_pair_text(std::string_view actors_csv, std::string_view ties_csv, const std::string& actors_name,
                           const std::string& ties_name) {
    return read_csv_pair_from({actors_csv, {}}, {ties_csv, {}}, actors_name, ties_name);
}

Network read_csv_pair_text_in_pieces(std::string_view actors_csv, std::string_view ties_csv, const std::string& actors_name,
                                     const std::string& ties_name, std::size_t min_piece_bytes) {
    return read_csv_pair_from({actors_csv, {}, min_piece_bytes}, {ties_csv, {}, min_piece_bytes}, actors_name, ties_name);
}

namespace {

struct MappedPair {
    std::unique_ptr<MappedText> actors;
    std::unique_ptr<MappedText> ties;
};

bool same_folder(int descriptor, const std::filesystem::path& folder) {
    struct stat open_folder {}, named_folder {};
    return ::fstat(descriptor, &open_folder) == 0 && ::stat(folder.c_str(), &named_folder) == 0 &&
           open_folder.st_dev == named_folder.st_dev && open_folder.st_ino == named_folder.st_ino;
}

/// Both files of one folder: a writer replaces the pair by swapping folders (FolderReplacement),
/// so both are opened in the folder as it was at the first, and opened again when a swap took
/// that folder's files away in between.
MappedPair map_pair(const std::filesystem::path& folder) {
    for (int attempt = 0;; ++attempt) {
        const int descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (descriptor < 0) throw InputError(folder.string(), 0, std::string("cannot be opened: ") + std::strerror(errno));
        try {
            MappedPair pair{std::make_unique<MappedText>(descriptor, folder / actors_file_name),
                            std::make_unique<MappedText>(descriptor, folder / ties_file_name)};
            ::close(descriptor);
            return pair;
        } catch (const InputError&) {
            const bool swapped = !same_folder(descriptor, folder);
            ::close(descriptor);
            if (!swapped || attempt == 2) throw;
        }
    }
}

}  // namespace

Network read_csv_pair(const std::filesystem::path& folder) {
    const auto actors_path = folder / actors_file_name;
    const auto ties_path = folder / ties_file_name;
    std::vector<Diagnostic> unreadable;
    for (const auto& path : {actors_path, ties_path}) {
        try {
            expect_input_file(path, "actors.csv and ties.csv in " + folder.string());
        } catch (const InputError& error) {
            unreadable.insert(unreadable.end(), error.diagnostics().begin(), error.diagnostics().end());
        }
    }
    if (!unreadable.empty()) throw InputError(unreadable);
    const MappedPair pair = map_pair(folder);
    MappedText& actors = *pair.actors;
    MappedText& ties = *pair.ties;
    const auto releaser = [](MappedText& text) {
        return [&text](std::size_t from, std::size_t to) { text.release(from, to); };
    };
    return read_unchanged({&actors, &ties}, [&] {
        return read_csv_pair_from({actors.text(), releaser(actors)}, {ties.text(), releaser(ties)}, actors_path.string(),
                                  ties_path.string());
    });
}

std::string actors_csv_text(const Network& network, CsvDialect dialect) {
    const bool dutch = dialect == CsvDialect::dutch_excel;
    return table_text(
        network.actors(), binding::actor_fields(), dialect,
        [dutch](const Actor& actor, binding::ActorField field) {
            return dutch ? binding::dutch_text_of(actor, field) : binding::text_of(actor, field);
        },
        [&network](std::size_t i) -> const Attributes& { return network.actor(ActorIndex{i}).attributes; });
}

std::string ties_csv_text(const Network& network, CsvDialect dialect) {
    const bool dutch = dialect == CsvDialect::dutch_excel;
    return table_text(
        network.ties(), binding::tie_fields(), dialect,
        [&network, dutch](const Tie& tie, binding::TieField field) {
            return dutch ? binding::dutch_text_of(tie, field, network) : binding::text_of(tie, field, network);
        },
        [&network](std::size_t i) -> const Attributes& { return network.tie_attributes(TieIndex{i}); });
}

void write_csv_pair(const Network& network, const std::filesystem::path& folder, CsvDialect dialect) {
    FolderReplacement replacement(folder);
    replacement.write(std::string(actors_file_name), actors_csv_text(network, dialect));
    replacement.write(std::string(ties_file_name), ties_csv_text(network, dialect));
    replacement.commit();
}

}  // namespace wijknet
