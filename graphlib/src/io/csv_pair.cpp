// SPDX-License-Identifier: MIT
#include "wijknet/io/csv_pair.hpp"

#include <functional>
#include <optional>
#include <sstream>

#include "field_binding.hpp"
#include "mapped_text.hpp"
#include "network_assembler.hpp"
#include "wijknet/io/atomic_output.hpp"
#include "wijknet/io/csv_table.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

/// Which column holds which field, and which columns are free attributes.
template <class Field>
struct ColumnMap {
    std::vector<std::optional<Field>> field_of_column;
    std::vector<std::string> names;  // trimmed headers, as the user wrote them
    bool complete = true;
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
        } else if (name.empty()) {
            problems.add(file, header_line,
                         "column " + std::to_string(column + 1) + " has no name (expected a header for every column)");
        }
        map.field_of_column.push_back(field);
        map.names.push_back(name);
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
    using AddDraft = std::function<void(Draft, std::size_t line)>;

    DraftReader(const std::vector<binding::FieldName<Field>>& fields,
                std::optional<Field> (*field_named)(std::string_view), std::string file, DiagnosticList& problems,
                AddDraft add)
        : fields_(fields), field_named_(field_named), file_(std::move(file)), problems_(problems), add_(std::move(add)) {}

    void record(std::size_t line, std::span<const std::string_view> values) {
        if (!header_seen_) {
            header_seen_ = true;
            columns_ = map_columns(values, line, fields_, field_named_, file_, problems_);
            for (const auto& name : columns_.names) labels_.push_back("column '" + name + "'");
            return;
        }
        if (!columns_.complete) return;
        Draft draft;
        for (std::size_t column = 0; column < values.size(); ++column) {
            const auto& value = values[column];
            if (const auto field = columns_.field_of_column[column]) {
                if (auto problem = binding::set_field(draft, *field, value, labels_[column]))
                    problems_.add(file_, line, std::move(*problem));
            } else if (!value.empty() && !columns_.names[column].empty()) {
                attributes_of(draft).push_back({columns_.names[column], std::string(value)});
            }
        }
        add_(std::move(draft), line);
    }

    /// Whether the file had a header with every required column.
    [[nodiscard]] bool readable() const { return header_seen_ && columns_.complete; }

private:
    static Attributes& attributes_of(Draft& draft) {
        if constexpr (std::is_same_v<Draft, binding::ActorDraft>) return draft.actor.attributes;
        else return draft.tie.attributes;
    }

    const std::vector<binding::FieldName<Field>>& fields_;
    std::optional<Field> (*field_named_)(std::string_view);
    std::string file_;
    DiagnosticList& problems_;
    AddDraft add_;
    bool header_seen_ = false;
    ColumnMap<Field> columns_;
    std::vector<std::string> labels_;
};

/// A file's text, and how to give back the part already read (nothing to give for text in memory).
struct TextSource {
    std::string_view text;
    std::function<void(std::size_t offset)> release_before;
};

// Between records, every so many bytes: pages behind are given back, and the lists are sized.
constexpr std::size_t progress_step = std::size_t{8} << 20;

/// What to do as a file is read: after the first piece, guess from the records so far and the
/// size of the file how many follow, and make room for them up front (copying a list of
/// millions as it grows costs time and twice the memory); give back the pages read.
CsvReader::ProgressHandler size_from_first_records(const std::size_t& records, const TextSource& source,
                                                   std::function<void(std::size_t)> expect) {
    return [&records, &source, expect = std::move(expect), sized = false](std::size_t bytes_read) mutable {
        if (!sized) {
            sized = true;
            expect(records * (source.text.size() / bytes_read + 1) * 21 / 20);
        }
        if (source.release_before) source.release_before(bytes_read);
    };
}

Network read_csv_pair_from(const TextSource& actors, const TextSource& ties, const std::string& actors_name,
                           const std::string& ties_name) {
    DiagnosticList problems;
    NetworkAssembler assembler(problems);

    DraftReader<binding::ActorDraft, binding::ActorField> actor_reader(
        binding::actor_fields(), &binding::actor_field_named, actors_name, problems,
        [&](binding::ActorDraft draft, std::size_t line) { assembler.add_actor(std::move(draft), actors_name, line); });
    std::size_t actor_records = 0;
    CsvReader actor_csv(actors_name, problems,
                        [&](std::size_t line, std::span<const std::string_view> fields) {
                            ++actor_records;
                            actor_reader.record(line, fields);
                        });
    actor_csv.on_progress(size_from_first_records(actor_records, actors,
                                                  [&](std::size_t n) { assembler.expect_actors(n); }),
                          progress_step);
    actor_csv.read(actors.text);
    if (!actor_reader.readable()) assembler.actors_unreadable();

    std::size_t tie_records = 0;
    DraftReader<binding::TieDraft, binding::TieField> tie_reader(
        binding::tie_fields(), &binding::tie_field_named, ties_name, problems,
        [&](binding::TieDraft draft, std::size_t line) { assembler.add_tie(std::move(draft), ties_name, line); });
    CsvReader tie_csv(ties_name, problems, [&](std::size_t line, std::span<const std::string_view> fields) {
        ++tie_records;
        tie_reader.record(line, fields);
    });
    tie_csv.on_progress(size_from_first_records(tie_records, ties, [&](std::size_t n) { assembler.expect_ties(n); }),
                        progress_step);
    tie_csv.read(ties.text);

    return assembler.finish();
}

template <class Field, class Item, class TextOf>
std::string table_text(std::span<const Item> items, const std::vector<binding::FieldName<Field>>& fields,
                       TextOf&& text_of) {
    const auto extra = attribute_names(items);
    std::string out;
    const auto add_row = [&out](const std::vector<std::string>& values) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i) out += ',';
            out += csv_field(values[i]);
        }
        out += '\n';
    };
    std::vector<std::string> row;
    for (const auto& entry : fields) row.emplace_back(entry.english);
    row.insert(row.end(), extra.begin(), extra.end());
    add_row(row);
    for (const auto& item : items) {
        row.clear();
        for (const auto& entry : fields) row.push_back(text_of(item, entry.field));
        for (const auto& name : extra) {
            const auto* value = find_attribute(item.attributes, name);
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

Network read_csv_pair(const std::filesystem::path& folder) {
    const auto actors_path = folder / actors_file_name;
    const auto ties_path = folder / ties_file_name;
    std::vector<Diagnostic> missing;
    for (const auto& path : {actors_path, ties_path})
        if (!std::filesystem::is_regular_file(path))
            missing.push_back({path.string(), 0, "not found (expected actors.csv and ties.csv in " + folder.string() + ")"});
    if (!missing.empty()) throw InputError(missing);
    MappedText actors(actors_path);
    MappedText ties(ties_path);
    const auto releaser = [](MappedText& text) { return [&text](std::size_t offset) { text.release_before(offset); }; };
    return read_csv_pair_from({actors.text(), releaser(actors)}, {ties.text(), releaser(ties)}, actors_path.string(),
                              ties_path.string());
}

std::string actors_csv_text(const Network& network) {
    return table_text(network.actors(), binding::actor_fields(),
                      [](const Actor& actor, binding::ActorField field) { return binding::text_of(actor, field); });
}

std::string ties_csv_text(const Network& network) {
    return table_text(network.ties(), binding::tie_fields(), [&network](const Tie& tie, binding::TieField field) {
        return binding::text_of(tie, field, network);
    });
}

void write_csv_pair(const Network& network, const std::filesystem::path& folder) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) throw RunError("cannot create folder " + folder.string() + ": " + error.message());
    // Both files are complete before either replaces what was there.
    AtomicOutput actors(folder / actors_file_name);
    AtomicOutput ties(folder / ties_file_name);
    actors.stream() << actors_csv_text(network);
    ties.stream() << ties_csv_text(network);
    actors.commit();
    ties.commit();
}

}  // namespace wijknet
