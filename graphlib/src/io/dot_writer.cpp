// SPDX-License-Identifier: MIT
#include <algorithm>
#include <array>

#include "field_binding.hpp"
#include "graphviz_names.hpp"
#include "wijknet/io/atomic_output.hpp"
#include "wijknet/io/dot.hpp"

namespace wijknet {
namespace {

/// A value in double quotes, escaped as Graphviz draws labels (`\\`, `\n`, `\"`). cgraph keeps
/// `\\` and `\n` as they are and no string can end in a backslash (it would escape the closing
/// quote), so a trailing one is followed by `\e`, nothing; the reader decodes all of this in the
/// files wijknet wrote (read_dot(), dot_reader.cpp).
std::string dot_quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    if (text.ends_with('\\')) out += "\\e";
    return out + "\"";
}

const char* shape_of(ActorKind kind) {
    switch (kind) {
        case ActorKind::professional: return "box";
        case ActorKind::organisation: return "box3d";
        case ActorKind::place: return "house";
        case ActorKind::group: return "hexagon";
        case ActorKind::volunteer: return "diamond";
        default: return "ellipse";
    }
}

/// The attributes the writer draws with, derived from the fields.
constexpr std::array<std::string_view, 5> drawing_attributes{"fontname", "shape", "style", "penwidth", "color"};

/// The drawing attributes no actor or tie keeps an attribute of that name for: those are written
/// and named in the graph's `wijknet_drawing`, so that reading the file back leaves them out.
/// (An attribute of that name, kept from a file read earlier, is written instead.)
std::vector<std::string_view> drawn(const Network& network) {
    std::vector<std::string_view> names;
    const auto kept = [&network](std::string_view name) {
        for (const auto& actor : network.actors())
            if (find_attribute(actor.attributes, name)) return true;
        for (std::size_t t = 0; t < network.tie_count(); ++t)
            if (find_attribute(network.tie_attributes(TieIndex{t}), name)) return true;
        return false;
    };
    for (const auto name : drawing_attributes)
        if (!kept(name)) names.push_back(name);
    return names;
}

class DotWriter {
public:
    explicit DotWriter(const Network& network) : network_(network), drawn_(drawn(network)) {}

    std::string text() {
        std::string names;
        for (const auto name : drawn_) names += (names.empty() ? "" : ",") + std::string(name);
        out_ = "graph wijknet {\n  graph [wijknet_drawing=" + dot_quoted(names) + "];\n";
        if (draws("fontname")) out_ += "  node [fontname=\"DejaVu Sans\"];\n";
        for (const auto& actor : network_.actors()) write_actor(actor);
        for (std::size_t t = 0; t < network_.tie_count(); ++t) write_tie(TieIndex{t});
        return out_ + "}\n";
    }

private:
    bool draws(std::string_view name) const { return std::find(drawn_.begin(), drawn_.end(), name) != drawn_.end(); }

    void write_actor(const Actor& actor) {
        out_ += "  " + dot_quoted(actor.id) + " [label=" + dot_quoted(actor.name);
        separator_ = ", ";
        for (const auto& entry : binding::actor_fields())
            if (entry.field != binding::ActorField::id && entry.field != binding::ActorField::name)
                write_value(entry.english, binding::text_of(actor, entry.field));
        if (draws("shape")) out_ += std::string(", shape=") + shape_of(actor.kind);
        for (const auto& attribute : actor.attributes) write_value(attribute.name, attribute.value);
        out_ += "];\n";
    }

    void write_tie(TieIndex index) {
        const Tie& tie = network_.tie(index);
        out_ += "  " + dot_quoted(network_.actor(tie.source).id) + " -- " + dot_quoted(network_.actor(tie.target).id) + " [";
        separator_ = "";
        for (const auto& entry : binding::tie_fields())
            if (entry.field != binding::TieField::source && entry.field != binding::TieField::target)
                write_value(entry.english, binding::text_of(tie, entry.field, network_));
        if (tie.strength == Strength::weak && draws("style")) write_value("style", "dashed");
        if (tie.strength == Strength::strong && draws("penwidth")) write_value("penwidth", "2");
        if (tie.valence == Valence::conflict && draws("color")) write_value("color", "red");
        for (const auto& attribute : network_.tie_attributes(index)) write_value(attribute.name, attribute.value);
        out_ += "];\n";
        separator_ = ", ";
    }

    void write_value(std::string_view name, const std::string& value) {
        if (value.empty()) return;
        out_ += separator_ + dot_quoted(name) + "=" + dot_quoted(value);
        separator_ = ", ";
    }

    const Network& network_;
    std::vector<std::string_view> drawn_;
    std::string out_;
    std::string separator_;
};

}  // namespace

std::string dot_text(const Network& network) { return DotWriter(network).text(); }

void write_dot(const Network& network, const std::filesystem::path& path) {
    for (const Actor& actor : network.actors())
        if (actor.id.starts_with(graphviz_own_name_mark))
            throw InputError(path.string(), 0, "cannot hold actor '" + actor.id + "': Graphviz takes an id starting with '%' for a node it names itself, and loses it (expected ids that do not start with %; GraphML and the CSV pair keep them)");
    write_file_atomically(path, dot_text(network));
}

}  // namespace wijknet
