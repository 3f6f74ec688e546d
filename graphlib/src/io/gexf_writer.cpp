// SPDX-License-Identifier: MIT
#include <algorithm>

#include "field_binding.hpp"
#include "wijknet/io/atomic_output.hpp"
#include "wijknet/io/gexf.hpp"
#include "wijknet/version.hpp"
#include "value_type.hpp"
#include "xml_escape.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {
namespace {

struct Declared {
    std::string title;
    const char* type;
};

/// Writes one network; the fields come first, then the kept attributes, so that both read back
/// in the order they had.
class GexfWriter {
public:
    explicit GexfWriter(const Network& network)
        : network_(network),
          actor_extra_(attribute_names(network.actor_count(), [&network](std::size_t i) -> const Attributes& {
              return network.actor(ActorIndex{i}).attributes;
          })),
          tie_extra_(attribute_names(network.tie_count(), [&network](std::size_t i) -> const Attributes& {
              return network.tie_attributes(TieIndex{i});
          })),
          // Directed when every tie is, as networkx reads no directed edge in an undirected
          // graph; in a network of both, each directed edge says so itself (Gephi reads that).
          all_directed_(every_tie_directed(network)) {}

    std::string text() {
        const bool dated = std::any_of(network_.ties().begin(), network_.ties().end(),
                                       [](const Tie& tie) { return tie.since || tie.until; });
        out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" version=\"1.2\">\n"
               "  <meta>\n    <creator>wijknet " + std::string(version) + "</creator>\n  </meta>\n"
               "  <graph defaultedgetype=\"" + std::string(all_directed_ ? "directed" : "undirected") + "\"" +
               std::string(dated ? " mode=\"dynamic\" timeformat=\"date\"" : " mode=\"static\"") + ">\n";
        declare("node", node_declarations());
        declare("edge", edge_declarations());
        out_ += "    <nodes>\n";
        for (const auto& actor : network_.actors()) write_actor(actor);
        out_ += "    </nodes>\n    <edges>\n";
        for (std::size_t t = 0; t < network_.tie_count(); ++t) write_tie(TieIndex{t});
        return out_ + "    </edges>\n  </graph>\n</gexf>\n";
    }

private:
    std::vector<Declared> node_declarations() const {
        std::vector<Declared> declared;
        for (const auto& entry : binding::actor_fields())
            if (entry.field != binding::ActorField::id && entry.field != binding::ActorField::name)
                declared.push_back({std::string(entry.english), "string"});
        for (const auto& name : actor_extra_) {
            std::vector<std::string_view> values;
            for (const auto& actor : network_.actors())
                if (const auto* value = find_attribute(actor.attributes, name)) values.push_back(*value);
            declared.push_back({name, type_name(narrowest_type(values))});
        }
        return declared;
    }

    std::vector<Declared> edge_declarations() const {
        std::vector<Declared> declared;
        for (const auto& entry : binding::tie_fields())
            if (!is_edges_own(entry.field)) declared.push_back({std::string(entry.english), "string"});
        for (const auto& name : tie_extra_) {
            std::vector<std::string_view> values;
            for (std::size_t t = 0; t < network_.tie_count(); ++t)
                if (const auto* value = find_attribute(network_.tie_attributes(TieIndex{t}), name)) values.push_back(*value);
            declared.push_back({name, type_name(narrowest_type(values))});
        }
        return declared;
    }

    /// The tie fields GEXF has its own place for: the ends, and the spell.
    static bool is_edges_own(binding::TieField field) {
        using binding::TieField;
        return field == TieField::source || field == TieField::target || field == TieField::since || field == TieField::until;
    }

    void declare(const char* domain, const std::vector<Declared>& declared) {
        out_ += "    <attributes class=\"" + std::string(domain) + "\" mode=\"static\">\n";
        for (std::size_t i = 0; i < declared.size(); ++i)
            out_ += "      <attribute id=\"" + std::to_string(i) + "\" title=\"" + xml_escaped(declared[i].title) + "\" type=\"" +
                    declared[i].type + "\"/>\n";
        out_ += "    </attributes>\n";
    }

    void write_actor(const Actor& actor) {
        out_ += "      <node id=\"" + xml_escaped(actor.id) + "\" label=\"" + xml_escaped(actor.name) + "\">\n";
        values_.clear();
        std::size_t id = 0;
        for (const auto& entry : binding::actor_fields())
            if (entry.field != binding::ActorField::id && entry.field != binding::ActorField::name)
                add_value(id++, binding::text_of(actor, entry.field));
        for (const auto& attribute : actor.attributes) add_value(id + index_of(actor_extra_, attribute.name), attribute.value);
        write_values();
        const auto* x = find_attribute(actor.attributes, "layout_x");
        const auto* y = find_attribute(actor.attributes, "layout_y");
        if (x && y && text::parse_decimal(*x) && text::parse_decimal(*y))
            out_ += "        <viz:position x=\"" + xml_escaped(*x) + "\" y=\"" + xml_escaped(*y) + "\"/>\n";
        out_ += "      </node>\n";
    }

    void write_tie(TieIndex index) {
        const Tie& tie = network_.tie(index);
        const Attributes& attributes = network_.tie_attributes(index);
        out_ += "      <edge id=\"" + std::to_string(index.value()) + "\" source=\"" + xml_escaped(network_.actor(tie.source).id) +
                "\" target=\"" + xml_escaped(network_.actor(tie.target).id) + "\"";
        if (!all_directed_ && is_directed(attributes)) out_ += " type=\"directed\"";
        if (tie.since) out_ += " start=\"" + tie.since->to_string() + "\"";
        if (tie.until) out_ += " end=\"" + tie.until->to_string() + "\"";
        out_ += ">\n";
        values_.clear();
        std::size_t id = 0;
        for (const auto& entry : binding::tie_fields())
            if (!is_edges_own(entry.field)) add_value(id++, binding::text_of(tie, entry.field, network_));
        for (const auto& attribute : attributes) add_value(id + index_of(tie_extra_, attribute.name), attribute.value);
        write_values();
        out_ += "      </edge>\n";
    }

    static std::size_t index_of(const std::vector<std::string>& names, const std::string& name) {
        return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
    }

    void add_value(std::size_t id, const std::string& value) {
        if (!value.empty()) values_ += "          <attvalue for=\"" + std::to_string(id) + "\" value=\"" + xml_escaped(value) + "\"/>\n";
    }

    void write_values() {
        if (!values_.empty()) out_ += "        <attvalues>\n" + values_ + "        </attvalues>\n";
    }

    const Network& network_;
    std::vector<std::string> actor_extra_, tie_extra_;
    bool all_directed_;
    std::string out_, values_;
};

}  // namespace

std::string gexf_text(const Network& network) { return GexfWriter(network).text(); }

void write_gexf(const Network& network, const std::filesystem::path& path) {
    write_file_atomically(path, gexf_text(network));
}

}  // namespace wijknet
