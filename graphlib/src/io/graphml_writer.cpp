// SPDX-License-Identifier: MIT
#include <algorithm>

#include "field_binding.hpp"
#include "wijknet/io/atomic_output.hpp"
#include "wijknet/io/graphml.hpp"
#include "value_type.hpp"
#include "xml_escape.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {
namespace {

struct Key {
    std::string id;
    std::string name;
    const char* type;
};

template <class Field>
std::vector<Key> model_keys(const std::vector<binding::FieldName<Field>>& fields, const char* prefix,
                            std::initializer_list<Field> skipped) {
    std::vector<Key> keys;
    for (const auto& entry : fields) {
        if (std::find(skipped.begin(), skipped.end(), entry.field) != skipped.end()) continue;
        const bool number = std::string_view(entry.english) == "x" || std::string_view(entry.english) == "y" ||
                            std::string_view(entry.english) == "lon" || std::string_view(entry.english) == "lat";
        keys.push_back({prefix + std::string(entry.english), std::string(entry.english), number ? "double" : "string"});
    }
    return keys;
}

/// The values each kept attribute has, by its place in `names`.
template <class AttributesOf>
std::vector<std::vector<std::string_view>> values_by_name(const std::vector<std::string>& names, std::size_t count,
                                                          AttributesOf&& attributes_of) {
    std::vector<std::vector<std::string_view>> values(names.size());
    for (std::size_t i = 0; i < count; ++i)
        for (const auto& attribute : attributes_of(i))
            values[std::find(names.begin(), names.end(), attribute.name) - names.begin()].push_back(attribute.value);
    return values;
}

void write_key(std::string& out, const Key& key, const char* domain) {
    out += "  <key id=\"" + xml_escaped(key.id) + "\" for=\"" + domain + "\" attr.name=\"" + xml_escaped(key.name) +
           "\" attr.type=\"" + key.type + "\"/>\n";
}

/// A value, unless it is empty and `always` is not set.
void write_data(std::string& out, const std::string& key, const std::string& value, bool always = false) {
    if (value.empty() && !always) return;
    out += "      <data key=\"" + xml_escaped(key) + "\">" + xml_escaped(value) + "</data>\n";
}

}  // namespace

std::string graphml_text(const Network& network) {
    using binding::ActorField;
    using binding::TieField;
    const auto actor_keys = model_keys(binding::actor_fields(), "a_", {ActorField::id});
    const auto tie_keys = model_keys(binding::tie_fields(), "t_", {TieField::source, TieField::target});
    const auto actor_extra = attribute_names(network.actor_count(), [&network](std::size_t i) -> const Attributes& {
        return network.actor(ActorIndex{i}).attributes;
    });
    const auto tie_extra = attribute_names(network.tie_count(), [&network](std::size_t i) -> const Attributes& {
        return network.tie_attributes(TieIndex{i});
    });

    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    const auto actor_values = values_by_name(actor_extra, network.actor_count(), [&network](std::size_t i) -> const Attributes& {
        return network.actor(ActorIndex{i}).attributes;
    });
    const auto tie_values = values_by_name(tie_extra, network.tie_count(), [&network](std::size_t i) -> const Attributes& {
        return network.tie_attributes(TieIndex{i});
    });
    for (const auto& key : actor_keys) write_key(out, key, "node");
    for (std::size_t i = 0; i < actor_extra.size(); ++i)
        write_key(out, {"ax" + std::to_string(i), actor_extra[i], type_name(narrowest_type(actor_values[i]))}, "node");
    for (const auto& key : tie_keys) write_key(out, key, "edge");
    for (std::size_t i = 0; i < tie_extra.size(); ++i)
        write_key(out, {"tx" + std::to_string(i), tie_extra[i], type_name(narrowest_type(tie_values[i]))}, "edge");

    // Directed when every tie is, so networkx and igraph read a directed graph; in a network of
    // both, each directed edge says so itself.
    const bool all_directed = every_tie_directed(network);
    out += std::string("  <graph id=\"wijknet\" edgedefault=\"") + (all_directed ? "directed" : "undirected") + "\">\n";
    for (const auto& actor : network.actors()) {
        out += "    <node id=\"" + xml_escaped(actor.id) + "\">\n";
        std::size_t k = 0;
        for (const auto& entry : binding::actor_fields()) {
            if (entry.field == ActorField::id) continue;
            // An empty name is written: without one, readers name the node by its id.
            write_data(out, actor_keys[k++].id, binding::text_of(actor, entry.field), entry.field == ActorField::name);
        }
        for (const auto& attribute : actor.attributes) {
            const auto at = std::find(actor_extra.begin(), actor_extra.end(), attribute.name) - actor_extra.begin();
            write_data(out, "ax" + std::to_string(at), attribute.value);
        }
        out += "    </node>\n";
    }
    for (std::size_t t = 0; t < network.tie_count(); ++t) {
        const Tie& tie = network.tie(TieIndex{t});
        out += "    <edge source=\"" + xml_escaped(network.actor(tie.source).id) + "\" target=\"" +
               xml_escaped(network.actor(tie.target).id) + (!all_directed && is_directed(network.tie_attributes(TieIndex{t})) ? "\" directed=\"true\">\n" : "\">\n");
        std::size_t k = 0;
        for (const auto& entry : binding::tie_fields()) {
            if (entry.field == TieField::source || entry.field == TieField::target) continue;
            write_data(out, tie_keys[k++].id, binding::text_of(tie, entry.field, network));
        }
        for (const auto& attribute : network.tie_attributes(TieIndex{t})) {
            const auto at = std::find(tie_extra.begin(), tie_extra.end(), attribute.name) - tie_extra.begin();
            write_data(out, "tx" + std::to_string(at), attribute.value);
        }
        out += "    </edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    return out;
}

void write_graphml(const Network& network, const std::filesystem::path& path) {
    write_file_atomically(path, graphml_text(network));
}

}  // namespace wijknet
