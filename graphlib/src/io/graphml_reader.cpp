// SPDX-License-Identifier: MIT
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "field_binding.hpp"
#include "input_path.hpp"
#include "network_assembler.hpp"
#include "xml_document.hpp"
#include "wijknet/io/graphml.hpp"
#include "wijknet/text/ascii.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {
namespace {

enum class Domain { node, edge, all, other };

struct KeyDeclaration {
    Domain domain = Domain::other;
    std::string name;
    std::optional<std::string> default_value;
    /// yEd stores labels as nested graphics elements rather than text.
    bool yed_graphics = false;
};

/// Network Canvas's namespace: its GraphML holds one interview per <graph>, the ego's variables as
/// the graph's data.
constexpr std::string_view network_canvas_namespace = "http://schema.networkcanvas.com/xmlns";

/// \brief Turns the SAX events of one GraphML document into drafts for the assembler.
class GraphmlReader : public XmlHandler {
public:
    GraphmlReader(std::string file, DiagnosticList& problems, DiagnosticList* warnings, NetworkAssembler& assembler)
        : file_(std::move(file)), problems_(problems), warnings_(warnings), assembler_(assembler),
          document_(file_, "GraphML", problems, *this) {}

    /// Reads the document from memory or a file; false when it could not be read to its end or
    /// is not GraphML (the problem is then in the list).
    bool read_text(std::string_view xml) { return document_.read_text(xml) && is_graphml(); }
    bool read_file(const std::filesystem::path& path) { return document_.read_file(path) && is_graphml(); }

private:
    bool is_graphml() {
        if (!saw_graphml_) problems_.add(file_, 0, "is XML but not GraphML (expected a <graphml> root element)");
        return saw_graphml_;
    }

    std::size_t line() const { return document_.line(); }

    void namespace_declared(std::string_view uri) override {
        if (uri == network_canvas_namespace) network_canvas_ = true;
    }
    void text(std::string_view part) override {
        if (capturing_) text_.append(part);
    }

    void start(std::string_view element, const XmlAttributes& attributes) override {
        if (element == "graph") {
            const char* edge_default = attributes.find("edgedefault");
            directed_by_default_ = edge_default && std::string_view(edge_default) == "directed";
        }
        if (element == "graphml") {
            saw_graphml_ = true;
        } else if (element == "graph" && network_canvas_) {
            start_interview(attributes);
        } else if (element == "key") {
            start_key(attributes);
        } else if (element == "default" && current_key_) {
            begin_text();
        } else if (element == "node") {
            start_node(attributes);
        } else if (element == "edge") {
            start_edge(attributes);
        } else if (element == "data") {
            start_data(attributes);
        } else if ((element == "NodeLabel" || element == "EdgeLabel") && data_key_ && data_key_->yed_graphics) {
            begin_text();  // yEd: <data key=".."><y:ShapeNode><y:NodeLabel>Name</y:NodeLabel>
        } else if (element == "hyperedge") {
            problems_.add(file_, line(), "has a hyperedge, which wijknet cannot read (expected edges between two nodes)");
        }
    }

    void end(std::string_view element) override {
        if (element == "key") {
            current_key_.reset();
        } else if (element == "default" && current_key_) {
            keys_[*current_key_].default_value = end_text();
        } else if (element == "data") {
            end_data();
        } else if ((element == "NodeLabel" || element == "EdgeLabel") && data_key_ && data_key_->yed_graphics) {
            yed_label_ = end_text();
        } else if (element == "graph" && ego_) {
            finish_interview();
        } else if (element == "node" && in_node_) {
            finish_node();
        } else if (element == "edge" && in_edge_) {
            finish_edge();
        }
    }

    void begin_text() {
        capturing_ = true;
        text_.clear();
    }
    std::string end_text() {
        capturing_ = false;
        return std::move(text_);
    }

    void start_key(const XmlAttributes& attributes) {
        const char* id = attributes.find("id");
        if (!id) {
            problems_.add(file_, line(), "<key> without an id (expected id=\"...\")");
            return;
        }
        KeyDeclaration key;
        const char* domain = attributes.find("for");
        const std::string_view for_value = domain ? domain : "all";
        key.domain = for_value == "node"  ? Domain::node
                     : for_value == "edge" ? Domain::edge
                     : for_value == "all"  ? Domain::all
                                           : Domain::other;
        // Trimmed as the CSV pair's headers are; a key without a name is named by its id.
        const char* given = attributes.find("attr.name");
        const std::string_view name = text::trim(given ? given : "");
        key.name = name.empty() ? std::string(text::trim(id)) : std::string(name);
        const char* yfiles = attributes.find("yfiles.type");
        key.yed_graphics = yfiles && (std::string_view(yfiles) == "nodegraphics" || std::string_view(yfiles) == "edgegraphics");
        keys_[id] = std::move(key);
        current_key_ = id;
    }

    void start_node(const XmlAttributes& attributes) {
        node_ = {};
        node_line_ = line();
        in_node_ = true;
        label_.reset();
        node_keys_seen_.clear();
        node_xy_.clear();
        // Ids are trimmed as in the CSV pair, so that "22" and "22 " are one id there and here.
        const char* id = attributes.find("id");
        if (!id || text::trim(id).empty()) problems_.add(file_, node_line_, "<node> without an id (expected id=\"...\")");
        else node_.actor.id = scoped(text::trim(id));
    }

    void start_edge(const XmlAttributes& attributes) {
        edge_ = {};
        edge_line_ = line();
        in_edge_ = true;
        const char* source = attributes.find("source");
        const char* target = attributes.find("target");
        if (source) edge_.source_id = scoped(text::trim(source));
        if (target) edge_.target_id = scoped(text::trim(target));
        // An edge says its own direction (directed="true"), or takes its graph's edgedefault.
        const char* directed = attributes.find("directed");
        edge_directed_ = directed ? std::string_view(directed) == "true" : directed_by_default_;
        edge_keys_seen_.clear();
    }

    void start_data(const XmlAttributes& attributes) {
        data_key_ = nullptr;
        if (!in_node_ && !in_edge_ && !ego_) return;  // graph-level data is not part of the model
        const char* key = attributes.find("key");
        const auto found = key ? keys_.find(key) : keys_.end();
        if (found == keys_.end()) {
            problems_.add(file_, line(), std::string("<data> refers to undeclared key '") + (key ? key : "") +
                                             "' (expected a <key> with that id)");
            return;
        }
        data_key_ = &found->second;
        yed_label_.reset();
        if (!data_key_->yed_graphics) begin_text();
    }

    void end_data() {
        if (!data_key_) return;
        const KeyDeclaration& key = *data_key_;
        data_key_ = nullptr;
        if (key.yed_graphics) {
            if (yed_label_ && !yed_label_->empty()) label_ = std::move(*yed_label_);
            return;
        }
        // Trimmed, as the CSV pair trims its fields: what is read is what a CSV pair can hold.
        std::string value(text::trim(end_text()));
        if (in_node_) apply_node_value(key.name, value);
        else if (in_edge_) apply_edge_value(key.name, value);
        // A <node> inside a node's <data> ends it early: the data then belongs to nothing.
        else if (ego_ && !value.empty()) set_attribute(ego_->actor.attributes, binding::foreign_attribute_name(key.name, "nc_"), value);
    }

    std::string label_for(std::string_view name) const { return "attribute '" + std::string(name) + "'"; }

    void apply_node_value(const std::string& name, const std::string& value) {
        node_keys_seen_.push_back(name);
        const auto field = binding::actor_field_named(name);
        if (network_canvas_ && field && field != binding::ActorField::name) {  // a protocol's variable, not ours
            if (!value.empty()) set_attribute(node_.actor.attributes, binding::foreign_attribute_name(name, "nc_"), value);
            return;
        }
        if (field == binding::ActorField::x || field == binding::ActorField::y) {
            node_xy_.push_back({name, value});  // geographic or a drawing position: decided in finish_node()
        } else if (field && *field != binding::ActorField::id) {
            if (auto problem = binding::set_field(node_, *field, value, label_for(name)))
                problems_.add(file_, line(), std::move(*problem));
        } else if (text::iequals(name, "label") && !declares_names()) {
            label_ = value;
        } else if (!value.empty()) {  // as in the CSV pair, an empty value is no value
            set_attribute(node_.actor.attributes, name, value);
        }
    }

    void apply_edge_value(const std::string& name, const std::string& value) {
        edge_keys_seen_.push_back(name);
        const auto field = binding::tie_field_named(name);
        if (network_canvas_ && field) {  // a protocol's variable, not ours
            if (!value.empty()) set_attribute(edge_.attributes, binding::foreign_attribute_name(name, "nc_"), value);
            return;
        }
        if (field && *field != binding::TieField::source && *field != binding::TieField::target) {
            if (auto problem = binding::set_field(edge_, *field, value, label_for(name)))
                problems_.add(file_, line(), std::move(*problem));
        } else if (!value.empty()) {  // as in the CSV pair, an empty value is no value
            set_attribute(edge_.attributes, name, value);
        }
    }

    /// Whether a node key gives the name: a `label` is then an attribute like any other (kept from
    /// another format, as wijknet writes it), not the name.
    bool declares_names() const {
        return std::any_of(keys_.begin(), keys_.end(), [](const auto& entry) {
            const KeyDeclaration& key = entry.second;
            return (key.domain == Domain::node || key.domain == Domain::all) &&
                   binding::actor_field_named(key.name) == binding::ActorField::name;
        });
    }

    /// Keys with a <default> apply to elements that do not set them.
    template <class Apply>
    void apply_defaults(Domain domain, Apply&& apply, const std::vector<std::string>& set_names) {
        for (const auto& [id, key] : keys_) {
            if ((key.domain != domain && key.domain != Domain::all) || !key.default_value) continue;
            if (std::find(set_names.begin(), set_names.end(), key.name) != set_names.end()) continue;
            apply(key.name, *key.default_value);
        }
    }

    void finish_node() {
        in_node_ = false;
        if (node_.actor.id.empty()) return;
        apply_defaults(Domain::node, [this](const std::string& n, const std::string& v) { apply_node_value(n, v); },
                       std::vector<std::string>(node_keys_seen_));
        // Gephi and yEd write x/y as positions in their drawing. They are coordinates only
        // alongside a crs, as wijknet writes them; otherwise they are kept as `layout_x` and
        // `layout_y`, since a free column named `x` beside the CSV pair's own would be refused.
        for (const auto& [name, value] : node_xy_) {
            const auto field = *binding::actor_field_named(name);
            if (node_.epsg) {
                if (auto problem = binding::set_field(node_, field, value, label_for(name)))
                    problems_.add(file_, node_line_, std::move(*problem));
            } else {
                set_attribute(node_.actor.attributes, field == binding::ActorField::x ? "layout_x" : "layout_y", value);
            }
        }
        // networkx and Gephi name nodes by id or `label`; wijknet wants a display name, unless
        // the file gave a name, even an empty one, as wijknet writes it.
        const bool named = std::any_of(node_keys_seen_.begin(), node_keys_seen_.end(), [](const std::string& key) {
            return binding::actor_field_named(key) == binding::ActorField::name;
        });
        if (!named && node_.actor.name.empty()) node_.actor.name = label_ ? *label_ : node_.actor.id;
        if (ego_) alter_ids_.push_back(node_.actor.id);
        assembler_.add_actor(std::move(node_), file_, node_line_);
    }

    void finish_edge() {
        in_edge_ = false;
        if (edge_.source_id.empty() || edge_.target_id.empty()) {
            problems_.add(file_, edge_line_, "<edge> without source or target (expected source=\"...\" target=\"...\")");
            return;
        }
        if (ego_ && edge_.source_id == edge_.target_id) {
            // Network Canvas writes these now and then; an alter's tie to itself says nothing.
            if (warnings_) warnings_->add(file_, edge_line_, "ties node '" + unscoped(edge_.source_id) + "' to itself; left out");
            return;
        }
        apply_defaults(Domain::edge, [this](const std::string& n, const std::string& v) { apply_edge_value(n, v); },
                       std::vector<std::string>(edge_keys_seen_));
        // A directed input stays directed, marked as the other readers mark it.
        if (edge_directed_) mark_directed(edge_.attributes);
        assembler_.add_tie(std::move(edge_), file_, edge_line_);
    }

    /// A Network Canvas <graph>: one interview, whose ego is named by its case id (and session,
    /// when the file holds that case twice); node ids are its own, so they are scoped by the ego.
    void start_interview(const XmlAttributes& attributes) {
        ego_.emplace();
        interview_line_ = line();
        const char* case_id = attributes.find("caseId");
        std::string id = case_id && !text::trim(case_id).empty() ? std::string(text::trim(case_id)) : "interview " + std::to_string(ego_ids_.size() + 1);
        if (ego_ids_.contains(id)) {
            const char* session = attributes.find("sessionUUID");
            id += "_" + std::string(session ? session : std::to_string(ego_ids_.size() + 1));
        }
        ego_ids_.insert(id);
        ego_->actor.id = id;
        ego_->actor.name = id;
        ego_->actor.kind = ActorKind::resident;
        ego_->actor.is_client = true;
        alter_ids_.clear();
    }

    /// Adds the interview's ego, tied to each of its alters.
    void finish_interview() {
        const std::string ego_id = ego_->actor.id;
        assembler_.add_actor(std::move(*ego_), file_, interview_line_);
        ego_.reset();
        for (auto& alter : alter_ids_) {
            binding::TieDraft tie;
            tie.source_id = ego_id;
            tie.target_id = std::move(alter);
            assembler_.add_tie(std::move(tie), file_, interview_line_);
        }
        alter_ids_.clear();
    }

    std::string scoped(std::string_view id) const { return ego_ ? ego_->actor.id + "/" + std::string(id) : std::string(id); }
    std::string unscoped(const std::string& id) const { return ego_ ? id.substr(ego_->actor.id.size() + 1) : id; }

    std::string file_;
    DiagnosticList& problems_;
    DiagnosticList* warnings_;
    NetworkAssembler& assembler_;
    bool saw_graphml_ = false;

    std::unordered_map<std::string, KeyDeclaration> keys_;
    std::optional<std::string> current_key_;
    const KeyDeclaration* data_key_ = nullptr;

    bool capturing_ = false;
    std::string text_;

    bool in_node_ = false;
    std::size_t node_line_ = 0;
    binding::ActorDraft node_;
    std::vector<std::string> node_keys_seen_;
    std::vector<Attribute> node_xy_;
    std::optional<std::string> label_;
    std::optional<std::string> yed_label_;

    bool directed_by_default_ = false, edge_directed_ = false;
    bool in_edge_ = false;
    std::size_t edge_line_ = 0;
    binding::TieDraft edge_;
    std::vector<std::string> edge_keys_seen_;

    bool network_canvas_ = false;
    /// The ego of the Network Canvas interview being read, its line and its alters.
    std::optional<binding::ActorDraft> ego_;
    std::size_t interview_line_ = 0;
    std::vector<std::string> alter_ids_;
    std::unordered_set<std::string> ego_ids_;

    XmlDocument document_;
};

}  // namespace

Network read_graphml_text(std::string_view xml, const std::string& file, DiagnosticList* warnings) {
    return assemble_network<GraphmlReader>(file, warnings, [xml](GraphmlReader& reader) { return reader.read_text(xml); });
}

Network read_graphml(const std::filesystem::path& path, DiagnosticList* warnings) {
    expect_input_file(path, "a GraphML file");
    return assemble_network<GraphmlReader>(path.string(), warnings, [&path](GraphmlReader& reader) { return reader.read_file(path); });
}

}  // namespace wijknet
