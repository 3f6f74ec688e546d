// SPDX-License-Identifier: MIT
// Network Canvas's CSV export: one ego file per interview, beside one attribute list per node type
// and one edge list per edge type, all named after the interview (docs/formats.md).
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "field_binding.hpp"
#include "foreign_table.hpp"
#include "network_assembler.hpp"
#include "wijknet/io/csv_table.hpp"
#include "wijknet/io/network_canvas.hpp"

namespace wijknet {
namespace {

namespace fs = std::filesystem;

enum class Table { ego, alters, edges };

/// A file of the export: which interview it belongs to, which table it holds and, for the
/// attribute and edge lists, of which node or edge type.
struct ExportTable {
    const ExportFile* file = nullptr;
    Table table = Table::ego;
    std::string interview;
    std::string type;
};

constexpr std::string_view ego_suffix = "_ego";
constexpr std::string_view csv_extension = ".csv";

std::string file_name_of(const ExportFile& file) { return fs::path(file.name).filename().string(); }

std::optional<ExportTable> table_of(const ExportFile& file) {
    const std::string name = file_name_of(file);
    if (!name.ends_with(csv_extension)) return std::nullopt;
    const std::string_view stem = std::string_view(name).substr(0, name.size() - csv_extension.size());
    if (stem.ends_with(ego_suffix) && stem.size() > ego_suffix.size())
        return ExportTable{&file, Table::ego, std::string(stem.substr(0, stem.size() - ego_suffix.size())), {}};
    for (const auto& [marker, table] : {std::pair{std::string_view("_attributeList_"), Table::alters},
                                        std::pair{std::string_view("_edgeList_"), Table::edges}}) {
        const auto at = stem.rfind(marker);
        if (at != std::string_view::npos && at > 0 && at + marker.size() < stem.size())
            return ExportTable{&file, table, std::string(stem.substr(0, at)), std::string(stem.substr(at + marker.size()))};
    }
    return std::nullopt;
}

struct Interview {
    const ExportFile* ego = nullptr;
    std::vector<ExportTable> alters;
    std::vector<ExportTable> edges;
};

/// \brief Reads the tables of an export, interview by interview, into one network.
class ExportReader {
public:
    ExportReader(DiagnosticList& problems, DiagnosticList* warnings)
        : problems_(problems), warnings_(warnings), assembler_(problems) {}

    Network read(std::span<const ExportFile> files) {
        const auto interviews = interviews_of(files);
        std::vector<CsvTable> egos;
        for (const auto& [name, interview] : interviews) egos.push_back(table(*interview.ego));
        const auto ids = ego_ids(interviews, egos);
        std::size_t next = 0;
        for (const auto& [name, interview] : interviews) read_interview(interview, egos[next], ids[next]), ++next;
        return assembler_.finish();
    }

private:
    std::map<std::string, Interview> interviews_of(std::span<const ExportFile> files) {
        std::map<std::string, Interview> interviews;
        std::vector<ExportTable> lists;
        for (const ExportFile& file : files) {
            auto table = table_of(file);
            if (!table) {
                warn(file.name, "is not a table of a Network Canvas export (expected NAME_ego.csv, "
                                "NAME_attributeList_TYPE.csv or NAME_edgeList_TYPE.csv); left out");
            } else if (table->table == Table::ego) {
                interviews[table->interview].ego = &file;
            } else {
                lists.push_back(std::move(*table));
            }
        }
        for (auto& list : lists) {
            const auto found = interviews.find(list.interview);
            if (found == interviews.end()) {
                problems_.add(list.file->name, 0, "has no " + list.interview + "_ego.csv beside it (expected the ego of its interview)");
                continue;
            }
            (list.table == Table::alters ? found->second.alters : found->second.edges).push_back(std::move(list));
        }
        if (interviews.empty()) problems_.add(files.empty() ? std::string("the export") : fs::path(files.front().name).parent_path().string(), 0,
                                              "holds no NAME_ego.csv (expected a Network Canvas CSV export)");
        return interviews;
    }

    CsvTable table(const ExportFile& file) { return parse_csv(file.text, file.name, problems_); }

    /// Each ego's id: its case id (`networkCanvasCaseID`) where no other interview has it, else
    /// the interview's name, which holds the session too.
    static std::vector<std::string> ego_ids(const std::map<std::string, Interview>& interviews, const std::vector<CsvTable>& egos) {
        std::vector<std::string> ids;
        std::map<std::string, int> uses;
        auto interview = interviews.begin();
        for (const CsvTable& ego : egos) {
            std::string id = ego.records.empty() ? std::string() : std::string(field_at(ego.records.front(), column_named(ego, "networkCanvasCaseID")));
            ids.push_back(id.empty() ? interview->first : id);
            ++uses[ids.back()];
            ++interview;
        }
        interview = interviews.begin();
        for (auto& id : ids) {
            if (uses[id] > 1) id = interview->first;
            ++interview;
        }
        return ids;
    }

    /// The alters of one interview: their ids, and by Network Canvas's UUID the node each stands
    /// for, as some exports name an edge's ends by UUID only.
    struct Alters {
        std::vector<std::string> ids;
        std::map<std::string, std::string, std::less<>> node_of_uuid;
    };

    void read_interview(const Interview& interview, const CsvTable& ego, const std::string& ego_id) {
        add_ego(*interview.ego, ego, ego_id);
        Alters alters;
        for (const auto& list : interview.alters) add_alters(list, ego_id, alters);
        for (const auto& alter_id : alters.ids) {
            binding::TieDraft tie;
            tie.source_id = ego_id;
            tie.target_id = alter_id;
            assembler_.add_tie(std::move(tie), interview.ego->name, 0);
        }
        for (const auto& list : interview.edges) add_edges(list, ego_id, alters);
    }

    void add_ego(const ExportFile& file, const CsvTable& ego, const std::string& id) {
        if (ego.records.size() != 1) {
            problems_.add(file.name, ego.records.empty() ? ego.header_line : ego.records[1].line,
                          "has " + std::to_string(ego.records.size()) + " rows (expected one: the ego of the interview)");
            if (ego.records.empty()) return;
        }
        const auto& record = ego.records.front();
        binding::ActorDraft draft;
        draft.actor.id = id;
        draft.actor.name = id;
        draft.actor.kind = ActorKind::resident;
        draft.actor.is_client = true;
        keep_variables(ego, record, {}, "nc_", draft.actor.attributes);
        assembler_.add_actor(std::move(draft), file.name, record.line);
    }

    void add_alters(const ExportTable& list, const std::string& ego_id, Alters& found) {
        const ExportFile& file = *list.file;
        const CsvTable alters = table(file);
        const auto node_id = column_named(alters, "nodeID");
        if (!node_id) return problems_.add(file.name, alters.header_line, "has no column 'nodeID' (expected Network Canvas's attribute list)");
        const auto name = column_named(alters, "name");
        const auto ego_uuid = column_named(alters, "networkCanvasEgoUUID");
        const auto uuid = column_named(alters, "networkCanvasUUID");
        std::set<std::size_t> structural{*node_id};
        for (const auto column : {name, ego_uuid})
            if (column) structural.insert(*column);
        for (const auto& record : alters.records) {
            const std::string_view node = field_at(record, node_id);
            if (node.empty()) {
                problems_.add(file.name, record.line, "has no nodeID (expected the alter's number)");
                continue;
            }
            binding::ActorDraft draft;
            draft.actor.id = ego_id + "/" + std::string(node);
            const std::string_view given = field_at(record, name);
            draft.actor.name = given.empty() ? list.type + " " + std::string(node) : std::string(given);
            set_attribute(draft.actor.attributes, "networkCanvasType", list.type);
            keep_variables(alters, record, structural, "nc_", draft.actor.attributes);
            found.ids.push_back(draft.actor.id);
            if (const auto alter_uuid = field_at(record, uuid); !alter_uuid.empty()) found.node_of_uuid.emplace(alter_uuid, node);
            assembler_.add_actor(std::move(draft), file.name, record.line);
        }
    }

    /// An edge's end: its nodeID, or else the node of its UUID (an export of 2024 left out the
    /// `from` column of some edge lists, and the UUIDs are then all that names the source).
    static std::string_view end_of(const CsvTable::Record& record, std::optional<std::size_t> node_column,
                                   std::optional<std::size_t> uuid_column, const Alters& alters) {
        if (const auto node = field_at(record, node_column); !node.empty() || !uuid_column) return node;
        const auto found = alters.node_of_uuid.find(field_at(record, uuid_column));
        return found == alters.node_of_uuid.end() ? std::string_view() : std::string_view(found->second);
    }

    void add_edges(const ExportTable& list, const std::string& ego_id, const Alters& alters) {
        const ExportFile& file = *list.file;
        const CsvTable edges = table(file);
        const auto from = column_named(edges, "from"), to = column_named(edges, "to");
        const auto from_uuid = column_named(edges, "networkCanvasSourceUUID"), to_uuid = column_named(edges, "networkCanvasTargetUUID");
        if ((!from && !from_uuid) || (!to && !to_uuid))
            return problems_.add(file.name, edges.header_line, "has no columns 'from' and 'to' (expected Network Canvas's edge list)");
        std::set<std::size_t> structural;
        for (const auto column : {from, to, from_uuid, to_uuid, column_named(edges, "networkCanvasEgoUUID")})
            if (column) structural.insert(*column);
        for (const auto& record : edges.records) {
            const std::string_view source = end_of(record, from, from_uuid, alters), target = end_of(record, to, to_uuid, alters);
            if (source.empty() || target.empty()) {
                problems_.add(file.name, record.line, "has an edge without 'from' or 'to' (expected two nodeIDs, or the UUIDs of two alters)");
                continue;
            }
            if (source == target) {
                warn(file.name, record.line, "ties alter " + std::string(source) + " to itself; left out");
                continue;
            }
            binding::TieDraft draft;
            draft.source_id = ego_id + "/" + std::string(source);
            draft.target_id = ego_id + "/" + std::string(target);
            set_attribute(draft.attributes, "networkCanvasType", list.type);
            keep_variables(edges, record, structural, "nc_", draft.attributes);
            assembler_.add_tie(std::move(draft), file.name, record.line);
        }
    }

    void warn(const std::string& file, std::size_t line, std::string message) {
        if (warnings_) warnings_->add(file, line, std::move(message));
    }
    void warn(const std::string& file, std::string message) { warn(file, 0, std::move(message)); }

    DiagnosticList& problems_;
    DiagnosticList* warnings_;
    NetworkAssembler assembler_;
};

}  // namespace

bool is_network_canvas_export(const fs::path& folder) {
    std::error_code unreadable;
    if (fs::exists(folder / "actors.csv", unreadable)) return false;
    for (fs::directory_iterator entry(folder, unreadable), end; !unreadable && entry != end; entry.increment(unreadable)) {
        const std::string name = entry->path().filename().string();
        if (name.ends_with(std::string(ego_suffix) + std::string(csv_extension))) return true;
    }
    return false;
}

Network read_network_canvas_files(std::span<const ExportFile> files, DiagnosticList* warnings) {
    DiagnosticList problems;
    return ExportReader(problems, warnings).read(files);
}

Network read_network_canvas_export(const fs::path& folder, DiagnosticList* warnings) {
    const ExportFolder read = read_export_folder(folder, "a CSV file of a Network Canvas export");
    return read_network_canvas_files(read.files, warnings);
}

}  // namespace wijknet
