// SPDX-License-Identifier: MIT
#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "field_binding.hpp"
#include "input_path.hpp"
#include "network_assembler.hpp"
#include "wijknet/io/gexf.hpp"
#include "wijknet/text/ascii.hpp"
#include "xml_document.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {
namespace {

/// An `<attribute>` declared for nodes or edges: its title and its default.
struct AttributeDeclaration {
    std::string title;
    std::optional<std::string> default_value;
};
/// The attributes declared for nodes or for edges, in the order of the file.
struct Declarations {
    std::vector<AttributeDeclaration> in_order;
    std::unordered_map<std::string, std::size_t> by_id;

    AttributeDeclaration& declare(const std::string& id) {
        const auto [at, added] = by_id.try_emplace(id, in_order.size());
        if (added) in_order.emplace_back();
        return in_order[at->second];
    }
    [[nodiscard]] const AttributeDeclaration* find(const std::string& id) const {
        const auto at = by_id.find(id);
        return at == by_id.end() ? nullptr : &in_order[at->second];
    }
};

std::string trimmed(const char* value) { return value ? std::string(text::trim(value)) : std::string(); }

/// \brief Turns the elements of one GEXF document (Gephi's format, versions 1.1 to 1.3) into
/// drafts for the assembler.
class GexfReader : public XmlHandler {
public:
    GexfReader(std::string file, DiagnosticList& problems, DiagnosticList* warnings, NetworkAssembler& assembler)
        : file_(std::move(file)), problems_(problems), warnings_(warnings), assembler_(assembler),
          document_(file_, "GEXF", problems, *this) {}

    bool read_text(std::string_view xml) { return document_.read_text(xml) && is_gexf(); }
    bool read_file(const std::filesystem::path& path) { return document_.read_file(path) && is_gexf(); }

private:
    bool is_gexf() {
        if (!saw_gexf_) problems_.add(file_, 0, "is XML but not GEXF (expected a <gexf> root element)");
        return saw_gexf_;
    }

    void problem(std::string message) { problems_.add(file_, document_.line(), std::move(message)); }

    void start(std::string_view element, const XmlAttributes& attributes) override {
        if (element == "gexf") saw_gexf_ = true;
        else if (element == "graph") start_graph(attributes);
        else if (element == "attributes") start_declarations(attributes);
        else if (element == "attribute") start_declaration(attributes);
        else if (element == "default" && declaring_ && default_) problem("<attribute> has two <default>s (expected at most one)");
        else if (element == "default" && declaring_) begin_text();
        else if (element == "node") start_node(attributes);
        else if (element == "edge") start_edge(attributes);
        else if (element == "attvalue") read_value(attributes);
        else if (element == "spell") read_spell(attributes);
        else if (element == "position" || element == "color" || element == "size" || element == "shape") read_drawing(element, attributes);
    }

    void end(std::string_view element) override {
        if (element == "attribute") finish_declaration();
        else if (element == "default" && declaring_) default_ = std::string(text::trim(end_text()));
        else if (element == "node" && node_) finish_node();
        else if (element == "edge" && edge_) finish_edge();
    }

    void text(std::string_view part) override {
        if (capturing_) text_.append(part);
    }
    void begin_text() {
        capturing_ = true;
        text_.clear();
    }
    std::string end_text() {
        capturing_ = false;
        return std::move(text_);
    }

    void start_graph(const XmlAttributes& attributes) {
        if (saw_graph_) return problem("has a second <graph> (expected one graph per file)");
        saw_graph_ = true;
        const char* type = attributes.find("defaultedgetype");
        directed_by_default_ = !type || std::string_view(type) == "directed";  // GEXF's default
    }

    void start_declarations(const XmlAttributes& attributes) {
        const char* domain = attributes.find("class");
        declaring_for_ = domain && std::string_view(domain) == "edge" ? &edge_declarations_ : &node_declarations_;
    }

    void start_declaration(const XmlAttributes& attributes) {
        const std::string id = trimmed(attributes.find("id"));
        if (id.empty() || !declaring_for_) return problem("<attribute> without an id (expected id=\"...\" inside <attributes>)");
        const std::string title = trimmed(attributes.find("title"));
        declaring_.emplace(id, title.empty() ? id : title);
        default_.reset();
    }

    void finish_declaration() {
        if (!declaring_ || !declaring_for_) return;
        AttributeDeclaration& declared = declaring_for_->declare(declaring_->first);
        declared.title = declaring_->second;
        declared.default_value = default_;
        declaring_.reset();
    }

    void start_node(const XmlAttributes& attributes) {
        if (node_) return problem("has a <node> inside a <node> (a GEXF hierarchy, which wijknet does not read)");
        node_.emplace();
        node_line_ = document_.line();
        seen_.clear();
        pending_.clear();
        node_->actor.id = trimmed(attributes.find("id"));
        if (node_->actor.id.empty()) problem("<node> without an id (expected id=\"...\")");
        const char* label = attributes.find("label");
        // A label, even an empty one as wijknet writes it, is the name; without one, the id.
        node_->actor.name = label ? std::string(text::trim(label)) : node_->actor.id;
        for (const char* spell : {"start", "end"})
            if (const std::string value = trimmed(attributes.find(spell)); !value.empty()) set_attribute(pending_, spell, value);
    }

    void start_edge(const XmlAttributes& attributes) {
        if (edge_) return problem("has an <edge> inside an <edge> (expected edges side by side)");
        edge_.emplace();
        edge_line_ = document_.line();
        seen_.clear();
        pending_.clear();
        edge_->source_id = trimmed(attributes.find("source"));
        edge_->target_id = trimmed(attributes.find("target"));
        const char* type = attributes.find("type");
        if (type ? std::string_view(type) == "directed" : directed_by_default_) mark_directed(pending_);
        for (const char* name : {"label", "weight"})
            if (const std::string value = trimmed(attributes.find(name)); !value.empty()) set_attribute(pending_, name, value);
        read_period(trimmed(attributes.find("start")), trimmed(attributes.find("end")));
    }

    /// `<attvalue for="..." value="...">`: a value of a declared attribute; a dynamic attribute's
    /// values over time are kept joined by `|`.
    void read_value(const XmlAttributes& attributes) {
        if (!node_ && !edge_) return;
        const std::string id = trimmed(attributes.find("for") ? attributes.find("for") : attributes.find("id"));
        const Declarations& declarations = node_ ? node_declarations_ : edge_declarations_;
        const AttributeDeclaration* declared = declarations.find(id);
        if (!declared) return problem("<attvalue> for undeclared attribute '" + id + "' (expected an <attribute> with that id)");
        const std::string& title = declared->title;
        std::string value = trimmed(attributes.find("value"));
        if (std::find(seen_.begin(), seen_.end(), title) != seen_.end()) {
            const std::string* earlier = node_ ? find_attribute(node_->actor.attributes, title) : find_attribute(edge_->attributes, title);
            if (earlier && !value.empty()) value = *earlier + "|" + value;
        }
        apply(title, value);
    }

    /// A value by its title: a field wijknet knows fills it, any other is kept.
    void apply(const std::string& title, const std::string& value) {
        seen_.push_back(title);
        if (node_) {
            const auto field = binding::actor_field_named(title);
            if (field && field != binding::ActorField::id && field != binding::ActorField::name) {
                if (auto wrong = binding::set_field(*node_, *field, value, "attribute '" + title + "'")) problem(std::move(*wrong));
            } else if (!value.empty()) {
                set_attribute(node_->actor.attributes, field ? "gexf_" + title : title, value);
            }
            return;
        }
        const auto field = binding::tie_field_named(title);
        if (field && field != binding::TieField::source && field != binding::TieField::target) {
            if (auto wrong = binding::set_field(*edge_, *field, value, "attribute '" + title + "'")) problem(std::move(*wrong));
        } else if (!value.empty()) {
            set_attribute(edge_->attributes, field ? "gexf_" + title : title, value);
        }
    }

    /// `<spell start end>`: when a tie existed, as `since` and `until` (the first start and the
    /// last end of its spells); a node's spells are kept as attributes.
    void read_spell(const XmlAttributes& attributes) {
        const std::string start = trimmed(attributes.find("start")), end = trimmed(attributes.find("end"));
        if (edge_) return read_period(start, end);
        if (!node_) return;
        const std::string spell = start + "/" + end;
        const std::string* earlier = find_attribute(pending_, "spells");
        set_attribute(pending_, "spells", earlier ? *earlier + "|" + spell : spell);
    }

    /// A period given as dates fills since and until; one given as numbers (timeformat="double")
    /// is kept as `start` and `end`.
    void read_period(const std::string& start, const std::string& end) {
        for (const auto& [value, field, kept] : {std::tuple{start, binding::TieField::since, "start"},
                                                 std::tuple{end, binding::TieField::until, "end"}}) {
            if (value.empty()) continue;
            const auto date = Date::parse(value);
            if (!date) {
                set_attribute(pending_, kept, value);
                continue;
            }
            auto& slot = field == binding::TieField::since ? edge_->tie.since : edge_->tie.until;
            const bool earlier = field == binding::TieField::since ? (!slot || *date < *slot) : (!slot || *slot < *date);
            if (earlier) slot = *date;
        }
    }

    /// Gephi's drawing (`viz:position`, `viz:color`, `viz:size`, `viz:shape`), kept as attributes;
    /// a position as `layout_x` and `layout_y`, as Gephi's GraphML gives it.
    void read_drawing(std::string_view element, const XmlAttributes& attributes) {
        if (!node_ && !edge_) return;
        Attributes& kept = pending_;
        if (element == "position") {
            for (const char* axis : {"x", "y", "z"})
                if (const std::string value = trimmed(attributes.find(axis)); !value.empty())
                    set_attribute(kept, "layout_" + std::string(axis), value);
        } else if (element == "color") {
            std::string rgb;
            for (const char* channel : {"r", "g", "b", "a"})
                if (const char* value = attributes.find(channel)) rgb += (rgb.empty() ? "" : ",") + std::string(text::trim(value));
            if (!rgb.empty()) set_attribute(kept, "viz_color", rgb);
        } else if (const std::string value = trimmed(attributes.find("value")); !value.empty()) {
            set_attribute(kept, "viz_" + std::string(element), value);
        }
    }

    /// Declared attributes with a <default> apply to elements that do not set them.
    void apply_defaults(const Declarations& declarations) {
        for (const auto& declared : declarations.in_order)
            if (declared.default_value && std::find(seen_.begin(), seen_.end(), declared.title) == seen_.end())
                apply(declared.title, *declared.default_value);
    }

    /// What the element's XML attributes and drawing gave, after its declared values, unless
    /// one of those holds the same name: wijknet writes its attributes as values and their order
    /// is kept.
    void add_pending(Attributes& attributes) {
        for (auto& [name, value] : pending_)
            if (!find_attribute(attributes, name)) attributes.push_back({name, std::move(value)});
        pending_.clear();
    }

    void finish_node() {
        apply_defaults(node_declarations_);
        add_pending(node_->actor.attributes);
        if (!node_->actor.id.empty()) assembler_.add_actor(std::move(*node_), file_, node_line_);
        node_.reset();
    }

    void finish_edge() {
        apply_defaults(edge_declarations_);
        add_pending(edge_->attributes);
        if (edge_->source_id.empty() || edge_->target_id.empty()) {
            problems_.add(file_, edge_line_, "<edge> without source or target (expected source=\"...\" target=\"...\")");
        } else if (edge_->source_id == edge_->target_id) {
            // Gephi draws a loop; in a support network a contact's tie to itself says nothing.
            if (warnings_) warnings_->add(file_, edge_line_, "ties node '" + edge_->source_id + "' to itself; left out");
        } else {
            assembler_.add_tie(std::move(*edge_), file_, edge_line_);
        }
        edge_.reset();
    }

    std::string file_;
    DiagnosticList& problems_;
    DiagnosticList* warnings_;
    NetworkAssembler& assembler_;
    bool saw_gexf_ = false;
    bool saw_graph_ = false;
    bool directed_by_default_ = false;

    Declarations node_declarations_, edge_declarations_;
    Declarations* declaring_for_ = nullptr;
    std::optional<std::pair<std::string, std::string>> declaring_;  // the id and title of the <attribute> being read
    std::optional<std::string> default_;
    bool capturing_ = false;
    std::string text_;

    std::optional<binding::ActorDraft> node_;
    std::size_t node_line_ = 0;
    std::optional<binding::TieDraft> edge_;
    std::size_t edge_line_ = 0;
    std::vector<std::string> seen_;  // the titles the node or edge being read set
    Attributes pending_;             // what its XML attributes and drawing gave

    XmlDocument document_;
};

}  // namespace

Network read_gexf_text(std::string_view xml, const std::string& file, DiagnosticList* warnings) {
    return assemble_network<GexfReader>(file, warnings, [xml](GexfReader& reader) { return reader.read_text(xml); });
}

Network read_gexf(const std::filesystem::path& path, DiagnosticList* warnings) {
    expect_input_file(path, "a GEXF file");
    return assemble_network<GexfReader>(path.string(), warnings, [&path](GexfReader& reader) { return reader.read_file(path); });
}

}  // namespace wijknet
