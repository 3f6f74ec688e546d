// SPDX-License-Identifier: MIT
#include "wijknet/io/atomic_output.hpp"
#include "wijknet/io/dot.hpp"

namespace wijknet {
namespace {

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

}  // namespace

std::string dot_text(const Network& network) {
    std::string out = "graph wijknet {\n  node [fontname=\"DejaVu Sans\"];\n";
    for (const auto& actor : network.actors()) {
        out += "  " + dot_quoted(actor.id) + " [label=" + dot_quoted(actor.name) + ", kind=" +
               dot_quoted(name_of(actor.kind)) + ", shape=" + shape_of(actor.kind) + "];\n";
    }
    for (const auto& tie : network.ties()) {
        out += "  " + dot_quoted(network.actor(tie.source).id) + " -- " + dot_quoted(network.actor(tie.target).id) +
               " [kind=" + dot_quoted(name_of(tie.kind));
        if (tie.strength == Strength::weak) out += ", style=dashed";
        if (tie.strength == Strength::strong) out += ", penwidth=2";
        if (tie.valence == Valence::conflict) out += ", color=red";
        out += "];\n";
    }
    return out + "}\n";
}

void write_dot(const Network& network, const std::filesystem::path& path) {
    write_file_atomically(path, dot_text(network));
}

}  // namespace wijknet
