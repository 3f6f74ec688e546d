// SPDX-License-Identifier: MIT
// Kumu's spreadsheets (docs.kumu.io, "Import"): sheets of elements and of connections, told by
// their first row, not their names. Connections name elements by Label, or by ID when the
// elements have one; a name no element has is an element all the same, as Kumu makes it.
#include "wijknet/io/kumu.hpp"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <span>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "field_binding.hpp"
#include "foreign_table.hpp"
#include "network_assembler.hpp"
#include "wijknet/io/csv_table.hpp"
#include "wijknet/model/tie_direction.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

enum class SectionRole { elements, connections, other };

/// What a table's header row says it holds: `Label` in column A (or `ID` then `Label`) starts
/// elements, `From` and `To` in columns A and B connections.
SectionRole role_of(const SheetRow& header) {
    const auto cell = [&](std::size_t i) { return i < header.cells.size() ? text::trim(header.cells[i]) : std::string_view(); };
    if (text::iequals(cell(0), "label") || (text::iequals(cell(0), "id") && text::iequals(cell(1), "label"))) return SectionRole::elements;
    if (text::iequals(cell(0), "from") && text::iequals(cell(1), "to")) return SectionRole::connections;
    return SectionRole::other;
}

bool is_blank(const SheetRow& row) {
    for (const std::string& cell : row.cells)
        if (!text::trim(cell).empty()) return false;
    return true;
}

/// Where the user finds a row: a line of a CSV file, or a row of a workbook's sheet.
struct TableSource {
    const Sheet* sheet;
    std::string file;
    bool workbook;
};

/// \brief A table of one sheet: its header row and the rows under it, up to the next header.
/// Kumu lets one sheet hold elements and then, after blank rows, connections.
struct Section {
    SectionRole role;
    const SheetRow* header;
    std::vector<const SheetRow*> rows;
};

std::vector<Section> sections_of(const Sheet& sheet) {
    std::vector<Section> sections;
    for (const SheetRow& row : sheet.rows) {
        if (is_blank(row)) continue;
        const SectionRole role = role_of(row);
        if (sections.empty() || role != SectionRole::other) sections.push_back({role, &row, {}});
        else sections.back().rows.push_back(&row);
    }
    return sections;
}

std::string_view cell_of(const SheetRow& row, std::optional<std::size_t> column) {
    return column && *column < row.cells.size() ? text::trim(row.cells[*column]) : std::string_view();
}

/// The values of a cell that holds several, as Kumu writes them: `Anna | Bram`.
std::vector<std::string_view> values_of(std::string_view cell) {
    std::vector<std::string_view> values;
    for (std::size_t start = 0; start <= cell.size();) {
        const std::size_t bar = std::min(cell.find('|', start), cell.size());
        if (const auto value = text::trim(cell.substr(start, bar - start)); !value.empty()) values.push_back(value);
        start = bar + 1;
    }
    return values;
}

/// Reads the sections of Kumu tables into elements and connections, then builds the network.
class KumuReader {
public:
    KumuReader(DiagnosticList& problems, DiagnosticList* warnings) : problems_(problems), warnings_(warnings) {}

    void read(const TableSource& source) {
        for (const SheetRow& row : source.sheet->rows) check_text(source, row);
        std::vector<Section> sections = sections_of(*source.sheet);
        for (const Section& section : sections) {
            if (section.role == SectionRole::elements) read_elements(source, section);
        }
        for (const Section& section : sections) {
            if (section.role == SectionRole::connections) connections_.push_back({&source, &section});
            if (section.role == SectionRole::other) warn(source, *section.header, "is neither a header of elements (Label in column A) nor of connections (From and To in columns A and B); the table is left out");
        }
        sections_.push_back(std::move(sections));
    }

    Network finish() {
        for (const auto& [source, section] : connections_) read_connections(*source, *section);
        NetworkAssembler assembler(problems_);
        assembler.expect_actors(elements_.size());
        for (Element& element : elements_) assembler.add_actor(std::move(element.draft), *element.place, element.line);
        assembler.end_of_actors();
        for (Connection& connection : ties_) assembler.add_tie(std::move(connection.draft), *connection.place, connection.line);
        return assembler.finish();
    }

private:
    struct Element {
        binding::ActorDraft draft;
        const std::string* place;
        std::size_t line;
        const TableSource* source;
        std::size_t row;
    };
    struct Connection {
        binding::TieDraft draft;
        const std::string* place;
        std::size_t line;
    };

    /// Cells hold text, as in a CSV file: what is read must write and read back.
    void check_text(const TableSource& source, const SheetRow& row) {
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const std::string& cell = row.cells[i];
            std::size_t bad = 0;
            if (!text::is_utf8(cell, &bad))
                return problem(source, row, "in column " + std::to_string(i + 1) + ": " + text::byte_named(cell[bad]) + " is not UTF-8 (expected text)");
            if ((bad = text::find_control_character(cell)) != std::string::npos)
                return problem(source, row, "in column " + std::to_string(i + 1) + ": " + text::control_character_named(cell, bad) + " (expected text)");
        }
    }

    // --- elements ---------------------------------------------------------------------------

    void read_elements(const TableSource& source, const Section& section) {
        const std::optional<std::size_t> id_column = text::iequals(cell_of(*section.header, 0), "id") ? std::optional<std::size_t>(0) : std::nullopt;
        const std::size_t label_column = id_column ? 1 : 0;
        has_ids_ = has_ids_ || id_column.has_value();
        has_elements_ = true;
        for (const SheetRow* row : section.rows) {
            const std::string_view label = cell_of(*row, label_column), id = cell_of(*row, id_column);
            if (label.empty() && id.empty()) {
                problem(source, *row, "has no Label (expected the element's name in column " + std::string(id_column ? "B" : "A") + ")");
                continue;
            }
            binding::ActorDraft draft;
            draft.actor.id = std::string(id.empty() ? label : id);
            draft.actor.name = std::string(label.empty() ? id : label);
            keep_cells(source, *section.header, *row, {id_column, label_column}, draft.actor.attributes);
            add_element(source, *row, std::move(draft));
        }
    }

    void add_element(const TableSource& source, const SheetRow& row, binding::ActorDraft draft) {
        const auto [found, added] = by_id_.emplace(draft.actor.id, elements_.size());
        if (!added) {
            const Element& first = elements_[found->second];
            return problem(source, row, "lists element '" + draft.actor.id + "' again, first on " + where(*first.source, first.row, source) +
                                            " (expected each element once: Kumu tells them apart by Label, or by ID in an ID column)");
        }
        by_label_.emplace(draft.actor.name, elements_.size());
        elements_.push_back({std::move(draft), &place_of(source, row), line_of(source, row), &source, row.number});
    }

    /// Every other filled cell is kept under its header; a header named like one of the CSV
    /// pair's columns (`Strength`, `Direction`) gets `kumu_` in front, as Kumu's meaning is its own.
    void keep_cells(const TableSource& source, const SheetRow& header, const SheetRow& row, std::initializer_list<std::optional<std::size_t>> structural,
                    Attributes& attributes) {
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const std::string_view value = text::trim(row.cells[i]);
            if (value.empty() || std::ranges::find(structural, std::optional<std::size_t>(i)) != structural.end()) continue;
            const std::string_view name = cell_of(header, i);
            if (name.empty()) {
                warn(source, row, "has a value in column " + std::to_string(i + 1) + ", which has no header; left out");
                continue;
            }
            set_attribute(attributes, binding::foreign_attribute_name(name, "kumu_"), std::string(value));
        }
    }

    // --- connections ------------------------------------------------------------------------

    void read_connections(const TableSource& source, const Section& section) {
        std::optional<std::size_t> direction_column;
        for (std::size_t i = 2; i < section.header->cells.size(); ++i)
            if (text::iequals(cell_of(*section.header, i), "direction")) direction_column = i;
        for (const SheetRow* row : section.rows) {
            const auto from = values_of(cell_of(*row, 0)), to = values_of(cell_of(*row, 1));
            if (from.empty() || to.empty()) {
                problem(source, *row, std::string("has no ") + (from.empty() ? "From" : "To") + " (expected the element's Label" + (has_ids_ ? " or ID" : "") + " in column " +
                                          (from.empty() ? "A" : "B") + ")");
                continue;
            }
            const auto directed = direction_of(source, *row, cell_of(*row, direction_column));
            if (!directed) continue;
            // `Anna | Bram` in To: a connection from From to each, as Kumu draws them.
            for (const std::string_view source_name : from)
                for (const std::string_view target_name : to) add_connection(source, section, *row, source_name, target_name, *directed, direction_column);
        }
    }

    /// Kumu's `directed` (its default), `undirected` or `mutual` (arrows both ways, kept as
    /// `kumu_direction`, since wijknet's tie is then undirected).
    std::optional<bool> direction_of(const TableSource& source, const SheetRow& row, std::string_view direction) {
        if (direction.empty() || text::iequals(direction, "directed")) return true;
        if (text::iequals(direction, "undirected") || text::iequals(direction, "mutual")) return false;
        problem(source, row, "has Direction '" + std::string(direction) + "' (expected directed, undirected or mutual)");
        return std::nullopt;
    }

    void add_connection(const TableSource& source, const Section& section, const SheetRow& row, std::string_view from, std::string_view to, bool directed,
                        std::optional<std::size_t> direction_column) {
        const std::string source_id = element_named(source, row, from), target_id = element_named(source, row, to);
        if (source_id == target_id) return warn(source, row, "connects '" + std::string(from) + "' to itself; left out");
        binding::TieDraft draft;
        draft.source_id = source_id;
        draft.target_id = target_id;
        keep_cells(source, *section.header, row, {0, 1, direction_column}, draft.attributes);
        if (text::iequals(cell_of(row, direction_column), "mutual")) set_attribute(draft.attributes, "kumu_direction", "mutual");
        if (directed) mark_directed(draft.attributes);
        ties_.push_back({std::move(draft), &place_of(source, row), line_of(source, row)});
    }

    /// The id of the element a connection names: by ID when the elements have IDs, else by
    /// Label; an element no sheet lists is made, with a warning when there are sheets of elements.
    std::string element_named(const TableSource& source, const SheetRow& row, std::string_view name) {
        if (const auto found = by_id_.find(std::string(name)); found != by_id_.end()) return elements_[found->second].draft.actor.id;
        if (!has_ids_)
            if (const auto found = by_label_.find(std::string(name)); found != by_label_.end()) return elements_[found->second].draft.actor.id;
        // Without any sheet of elements, the connections are the way the map was given.
        if (has_elements_)
            warn(source, row, "names '" + std::string(name) + "', which no elements sheet lists" + (has_ids_ ? " by its ID" : "") +
                                  "; it is added as an element, as Kumu adds it");
        binding::ActorDraft draft;
        draft.actor.id = draft.actor.name = std::string(name);
        add_element(source, row, std::move(draft));
        return std::string(name);
    }

    // --- places -----------------------------------------------------------------------------

    /// The file, or in a workbook `FILE: sheet 'Elements', row N`, kept alive for the assembler.
    const std::string& place_of(const TableSource& source, const SheetRow& row) {
        if (!source.workbook) return source.file;
        return places_.emplace_back(source.file + ": sheet '" + source.sheet->name + "', row " + std::to_string(row.number));
    }
    static std::size_t line_of(const TableSource& source, const SheetRow& row) { return source.workbook ? 0 : row.number; }
    /// A row as told from another: `sheet 'Elements', row 2`, `line 2` of the same CSV file, or
    /// `elements.csv:2`.
    static std::string where(const TableSource& source, std::size_t row, const TableSource& from) {
        if (source.workbook) return "sheet '" + source.sheet->name + "', row " + std::to_string(row);
        if (&source == &from) return "line " + std::to_string(row);
        return source.file + ":" + std::to_string(row);
    }

    void problem(const TableSource& source, const SheetRow& row, std::string message) {
        problems_.add(place_of(source, row), line_of(source, row), std::move(message));
    }
    void warn(const TableSource& source, const SheetRow& row, std::string message) {
        if (warnings_) warnings_->add(place_of(source, row), line_of(source, row), std::move(message));
    }

    DiagnosticList& problems_;
    DiagnosticList* warnings_;
    std::vector<Element> elements_;
    std::vector<Connection> ties_;
    std::unordered_map<std::string, std::size_t> by_id_, by_label_;
    bool has_ids_ = false, has_elements_ = false;
    std::vector<std::vector<Section>> sections_;
    std::vector<std::pair<const TableSource*, const Section*>> connections_;
    std::deque<std::string> places_;
};

Network read_kumu_tables(const std::vector<TableSource>& sources, DiagnosticList* warnings) {
    DiagnosticList problems;
    KumuReader reader(problems, warnings);
    for (const TableSource& source : sources) reader.read(source);
    return reader.finish();
}

/// A problem as the workbook reader tells it: of the file, with its sheet and row first in the
/// message (`sheet 'Connections', row 6: ...`), however the reader kept the place meanwhile.
Diagnostic in_workbook(const Diagnostic& found, const std::string& file_name) {
    const std::string prefix = file_name + ": ";
    if (!found.file.starts_with(prefix)) return found;
    return {file_name, 0, found.file.substr(prefix.size()) + ": " + found.message};
}

/// A CSV file as a sheet, its rows numbered by their lines.
Sheet sheet_of_csv(const std::filesystem::path& path, DiagnosticList& problems) {
    const std::string text = whole_text(path, "a Kumu CSV file");
    Sheet sheet{path.filename().string(), {}};
    CsvReader reader(path.string(), problems, [&](std::size_t line, std::span<const std::string_view> fields) {
        sheet.rows.push_back({line, std::vector<std::string>(fields.begin(), fields.end())});
    });
    reader.read(text);
    return sheet;
}

bool is_csv(const std::filesystem::path& path) { return text::iequals(path.extension().string(), ".csv"); }

/// Whether a file's first line is a header of connections.
bool starts_connections(const std::filesystem::path& path) {
    std::string start = whole_text_prefix(path, 4096);
    start.resize(std::min(start.find_first_of("\r\n"), start.size()));
    DiagnosticList unread;  // a file that is not Kumu's is simply not one
    SheetRow header;
    CsvReader(path.string(), unread, [&](std::size_t line, std::span<const std::string_view> fields) {
        if (line == 1) header.cells.assign(fields.begin(), fields.end());
    }).read(start);
    return role_of(header) == SectionRole::connections;
}

}  // namespace

bool is_kumu_folder(const std::filesystem::path& folder) {
    std::error_code unreachable;
    if (std::filesystem::exists(folder / "actors.csv", unreachable)) return false;
    try {
        return std::ranges::any_of(files_in(folder), [](const std::filesystem::path& path) { return is_csv(path) && starts_connections(path); });
    } catch (const InputError&) {
        return false;  // a folder that cannot be listed is told by the CSV pair's reader
    }
}

Network read_kumu_folder(const std::filesystem::path& folder, DiagnosticList* warnings) {
    DiagnosticList problems;
    std::deque<Sheet> sheets;
    std::vector<TableSource> sources;
    for (const auto& path : files_in(folder)) {
        if (!is_csv(path)) continue;
        sources.push_back({&sheets.emplace_back(sheet_of_csv(path, problems)), path.string(), false});
    }
    if (!problems.empty()) throw InputError(problems.items());
    return read_kumu_tables(sources, warnings);
}

bool is_kumu_workbook(const Workbook& workbook) {
    for (const Sheet& sheet : workbook.sheets)
        for (const Section& section : sections_of(sheet))
            if (section.role == SectionRole::connections) return true;
    return false;
}

Network read_kumu_workbook(const Workbook& workbook, const std::string& file_name, DiagnosticList* warnings) {
    std::vector<TableSource> sources;
    for (const Sheet& sheet : workbook.sheets) {
        // Kumu's own way to keep notes in the workbook.
        if (text::lower(sheet.name).find("(ignore)") != std::string::npos) continue;
        sources.push_back({&sheet, file_name, true});
    }
    DiagnosticList found;
    try {
        Network network = read_kumu_tables(sources, &found);
        for (const Diagnostic& warning : found.items())
            if (const Diagnostic told = in_workbook(warning, file_name); warnings) warnings->add(told.file, told.line, told.message);
        return network;
    } catch (const InputError& error) {
        std::vector<Diagnostic> problems;
        for (const Diagnostic& problem : error.diagnostics()) problems.push_back(in_workbook(problem, file_name));
        throw InputError(std::move(problems));
    }
}

}  // namespace wijknet
