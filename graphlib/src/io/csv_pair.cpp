// SPDX-License-Identifier: MIT
#include "wijknet/io/csv_pair.hpp"

#include <fstream>
#include <optional>
#include <sstream>

#include "field_binding.hpp"
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
    bool complete = true;
};

template <class Field>
ColumnMap<Field> map_columns(const CsvTable& table, const std::vector<binding::FieldName<Field>>& fields,
                             std::optional<Field> (*field_named)(std::string_view), const std::string& file,
                             DiagnosticList& problems) {
    ColumnMap<Field> map;
    std::vector<std::optional<std::size_t>> column_of_field(fields.size());
    for (std::size_t column = 0; column < table.header.size(); ++column) {
        const auto name = text::trim(table.header[column]);
        auto field = field_named(name);
        if (field) {
            auto& seen = column_of_field[static_cast<std::size_t>(*field)];
            if (seen) {
                problems.add(file, table.header_line,
                             "column '" + std::string(name) + "' repeats column '" +
                                 std::string(text::trim(table.header[*seen])) + "' (expected each column once)");
                field.reset();
            } else {
                seen = column;
            }
        } else if (name.empty()) {
            problems.add(file, table.header_line,
                         "column " + std::to_string(column + 1) + " has no name (expected a header for every column)");
        }
        map.field_of_column.push_back(field);
    }
    for (const auto& entry : fields) {
        if (entry.required_in_csv && !column_of_field[static_cast<std::size_t>(entry.field)]) {
            std::string also = entry.dutch != entry.english ? " or '" + std::string(entry.dutch) + "'" : "";
            problems.add(file, table.header_line,
                         "missing required column '" + std::string(entry.english) + "'" + also);
            map.complete = false;
        }
    }
    return map;
}

std::string column_label(const CsvTable& table, std::size_t column) {
    return "column '" + std::string(text::trim(table.header[column])) + "'";
}

/// Reads one table's rows into drafts. Returns false when the table could not be read at all.
template <class Draft, class Field>
bool read_rows(const CsvTable& table, const std::vector<binding::FieldName<Field>>& fields,
               std::optional<Field> (*field_named)(std::string_view), const std::string& file,
               DiagnosticList& problems, auto&& add_draft) {
    if (table.header.empty()) return false;
    const auto columns = map_columns(table, fields, field_named, file, problems);
    if (!columns.complete) return false;
    for (const auto& record : table.records) {
        Draft draft;
        for (std::size_t column = 0; column < record.fields.size(); ++column) {
            const auto& value = record.fields[column];
            if (const auto field = columns.field_of_column[column]) {
                if (auto problem = binding::set_field(draft, *field, value, column_label(table, column)))
                    problems.add(file, record.line, std::move(*problem));
            } else if (!value.empty() && !text::trim(table.header[column]).empty()) {
                auto& attributes = [&]() -> Attributes& {
                    if constexpr (std::is_same_v<Draft, binding::ActorDraft>) return draft.actor.attributes;
                    else return draft.tie.attributes;
                }();
                attributes.push_back({std::string(text::trim(table.header[column])), value});
            }
        }
        add_draft(std::move(draft), record.line);
    }
    return true;
}

std::string read_whole_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string(), 0, "cannot be opened (expected a readable file)");
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
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
    DiagnosticList problems;
    NetworkAssembler assembler(problems);

    const auto actor_table = parse_csv(actors_csv, actors_name, problems);
    const bool actors_read = read_rows<binding::ActorDraft>(
        actor_table, binding::actor_fields(), &binding::actor_field_named, actors_name, problems,
        [&](binding::ActorDraft draft, std::size_t line) { assembler.add_actor(std::move(draft), actors_name, line); });
    if (!actors_read) assembler.actors_unreadable();

    const auto tie_table = parse_csv(ties_csv, ties_name, problems);
    read_rows<binding::TieDraft>(
        tie_table, binding::tie_fields(), &binding::tie_field_named, ties_name, problems,
        [&](binding::TieDraft draft, std::size_t line) { assembler.add_tie(std::move(draft), ties_name, line); });

    return assembler.finish();
}

Network read_csv_pair(const std::filesystem::path& folder) {
    const auto actors_path = folder / actors_file_name;
    const auto ties_path = folder / ties_file_name;
    std::vector<Diagnostic> missing;
    for (const auto& path : {actors_path, ties_path})
        if (!std::filesystem::is_regular_file(path))
            missing.push_back({path.string(), 0, "not found (expected actors.csv and ties.csv in " + folder.string() + ")"});
    if (!missing.empty()) throw InputError(missing);
    return read_csv_pair_text(read_whole_file(actors_path), read_whole_file(ties_path), actors_path.string(),
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
