// SPDX-License-Identifier: MIT
// Ego-centred tables, as egor (R), EgoWeb and openeddi write them: one row per ego, one per alter
// with its ego's id, one per alter-alter tie with its ego's id (docs/formats.md).
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "foreign_table.hpp"
#include "network_assembler.hpp"
#include "wijknet/io/ego_tables.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

namespace fs = std::filesystem;

// The names each tool gives the id columns (egor's own, EgoWeb's, openeddi's, and plain ones).
constexpr std::array<std::string_view, 6> ego_names{".egoID", "egoID", "ego_id", "ego", "puid", "respondent"};
constexpr std::array<std::string_view, 7> alter_names{".altID", "altID", "alterID", "alter_id", "Alter.Number", "nameid", "alter"};
constexpr std::array<std::string_view, 6> source_names{".srcID", "srcID", "Source", "Alter.1.Number", "from", "source_id"};
constexpr std::array<std::string_view, 6> target_names{".tgtID", "tgtID", "Target", "Alter.2.Number", "to", "targetid"};
constexpr std::array<std::string_view, 4> alter_name_names{"name", "alter.name", "alter_name", "naam"};

enum class Role { egos, alters, ties };

std::string_view name_of(Role role) {
    switch (role) {
        case Role::egos: return "ego table";
        case Role::alters: return "alter table";
        case Role::ties: return "alter-alter table";
    }
    return "table";
}

struct Columns {
    std::optional<std::size_t> ego, alter, source, target;
};

Columns columns_of(const CsvTable& table) {
    Columns columns{column_named_any(table, ego_names), column_named_any(table, alter_names),
                    column_named_any(table, source_names), column_named_any(table, target_names)};
    if (!columns.source) columns.source = columns.alter;  // openeddi: nameid, targetid
    return columns;
}

std::optional<Role> role_of(const Columns& columns) {
    if (!columns.ego) return std::nullopt;
    if (columns.target && columns.source) return Role::ties;
    if (columns.alter) return Role::alters;
    return Role::egos;
}

struct Table {
    const ExportFile* file = nullptr;
    CsvTable rows;
    Columns columns;
};

/// \brief Reads the three tables of a study into one network.
class EgoTablesReader {
public:
    EgoTablesReader(DiagnosticList& problems, DiagnosticList* warnings)
        : problems_(problems), warnings_(warnings), assembler_(problems) {}

    Network read(std::span<const ExportFile> files) {
        std::map<Role, Table> tables;
        for (const ExportFile& file : files) classify(file, tables);
        for (const Role role : {Role::egos, Role::alters})
            if (!tables.contains(role))
                problems_.add(files.empty() ? std::string("the folder") : fs::path(files.front().name).parent_path().string(), 0,
                              "holds no " + std::string(name_of(role)) +
                                  " (expected egos, alters with their ego's id, and optionally alter-alter ties)");
        if (!problems_.empty()) return assembler_.finish();
        add_egos(tables.at(Role::egos));
        add_alters(tables.at(Role::alters));
        if (tables.contains(Role::ties)) add_ties(tables.at(Role::ties));
        return assembler_.finish();
    }

private:
    void classify(const ExportFile& file, std::map<Role, Table>& tables) {
        if (!text::lower(fs::path(file.name).extension().string()).ends_with(".csv")) return warn(file.name, 0, "is not a CSV file; left out");
        Table table{&file, parse_csv(file.text, file.name, problems_), {}};
        table.columns = columns_of(table.rows);
        const auto role = role_of(table.columns);
        if (!role) return warn(file.name, table.rows.header_line, "has no ego id column (expected egoID, .egoID, EgoID or puid); left out");
        const auto [existing, added] = tables.try_emplace(*role, std::move(table));
        if (!added)
            problems_.add(file.name, 0, "is a second " + std::string(name_of(*role)) + " beside " + existing->second.file->name +
                                            " (expected one table of each kind)");
    }

    void add_egos(const Table& egos) {
        for (const auto& record : egos.rows.records) {
            const std::string ego(field_at(record, egos.columns.ego));
            if (ego.empty()) {
                problems_.add(egos.file->name, record.line, "has no ego id (expected the ego's id)");
                continue;
            }
            binding::ActorDraft draft;
            draft.actor.id = ego;
            draft.actor.name = "ego " + ego;
            draft.actor.kind = ActorKind::resident;
            draft.actor.is_client = true;
            keep_variables(egos.rows, record, {*egos.columns.ego}, "egor_", draft.actor.attributes);
            ego_ids_.insert(ego);
            assembler_.add_actor(std::move(draft), egos.file->name, record.line);
        }
    }

    void add_alters(const Table& alters) {
        const auto name = column_named_any(alters.rows, alter_name_names);
        std::set<std::size_t> structural{*alters.columns.ego, *alters.columns.alter};
        if (name) structural.insert(*name);
        std::vector<binding::TieDraft> ego_ties;
        std::vector<std::size_t> ego_tie_lines;
        for (const auto& record : alters.rows.records) {
            const std::string ego(field_at(record, alters.columns.ego));
            const std::string alter(field_at(record, alters.columns.alter));
            if (!ego_ids_.contains(ego) || alter.empty()) {
                problems_.add(alters.file->name, record.line,
                              alter.empty() ? "has no alter id (expected the alter's id)"
                                            : "names ego '" + ego + "', whom the ego table does not hold (expected an ego's id)");
                continue;
            }
            binding::ActorDraft draft;
            draft.actor.id = ego + "/" + alter;
            const std::string_view given = field_at(record, name);
            draft.actor.name = given.empty() ? "alter " + alter : std::string(given);
            keep_variables(alters.rows, record, structural, "egor_", draft.actor.attributes);
            ego_ties.emplace_back();
            ego_ties.back().source_id = ego;
            ego_ties.back().target_id = draft.actor.id;
            ego_tie_lines.push_back(record.line);
            assembler_.add_actor(std::move(draft), alters.file->name, record.line);
        }
        for (std::size_t t = 0; t < ego_ties.size(); ++t) assembler_.add_tie(std::move(ego_ties[t]), alters.file->name, ego_tie_lines[t]);
    }

    void add_ties(const Table& ties) {
        const Columns& columns = ties.columns;
        std::set<std::size_t> structural{*columns.ego, *columns.source, *columns.target};
        for (const auto& record : ties.rows.records) {
            const std::string ego(field_at(record, columns.ego));
            const std::string_view source = field_at(record, columns.source), target = field_at(record, columns.target);
            if (ego.empty() || source.empty() || target.empty()) {
                problems_.add(ties.file->name, record.line, "has a tie without its ego, source or target (expected three ids)");
                continue;
            }
            if (source == target) {
                warn(ties.file->name, record.line, "ties alter " + std::string(source) + " of ego " + ego + " to itself; left out");
                continue;
            }
            binding::TieDraft draft;
            draft.source_id = ego + "/" + std::string(source);
            draft.target_id = ego + "/" + std::string(target);
            keep_variables(ties.rows, record, structural, "egor_", draft.attributes);
            assembler_.add_tie(std::move(draft), ties.file->name, record.line);
        }
    }

    void warn(const std::string& file, std::size_t line, std::string message) {
        if (warnings_) warnings_->add(file, line, std::move(message));
    }

    DiagnosticList& problems_;
    DiagnosticList* warnings_;
    NetworkAssembler assembler_;
    std::set<std::string> ego_ids_;
};

/// The header line of a CSV file, enough to tell its role; at most its first 64 kB are read.
std::optional<Role> role_of_file(const fs::path& path) {
    std::string text = whole_text_prefix(path, 1 << 16);
    text = text.substr(0, text.find('\n'));
    DiagnosticList ignored;
    return role_of(columns_of(parse_csv(text + "\n", path.string(), ignored)));
}

}  // namespace

bool is_ego_tables_folder(const fs::path& folder) {
    std::error_code unreadable;
    if (fs::exists(folder / "actors.csv", unreadable)) return false;
    std::set<Role> roles;
    try {
        for (const auto& path : files_in(folder))
            if (text::lower(path.extension().string()) == ".csv")
                if (const auto role = role_of_file(path)) roles.insert(*role);
    } catch (const InputError&) {
        return false;  // told when the folder is read
    }
    return roles.contains(Role::egos) && roles.contains(Role::alters);
}

Network read_ego_tables_files(std::span<const ExportFile> files, DiagnosticList* warnings) {
    DiagnosticList problems;
    return EgoTablesReader(problems, warnings).read(files);
}

Network read_ego_tables(const fs::path& folder, DiagnosticList* warnings) {
    const ExportFolder read = read_export_folder(folder, "a CSV table of egos, alters or alter-alter ties");
    return read_ego_tables_files(read.files, warnings);
}

}  // namespace wijknet
