// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// Reads a GML graph as networkx, igraph, Gephi, yEd and Cytoscape write it (docs/formats.md):
/// `graph [ directed 0 node [ id 1 label "Anna" ] edge [ source 1 target 2 ] ]`. A node's `id` is
/// the actor's id, its `label` (or igraph's `name`) the name; keys named as a field wijknet knows
/// fill it, the others are kept, nested lists as `graphics.x`. In a `directed 1` graph ties are
/// marked `directed=yes`. An edge from a node to itself goes to `warnings`, left out.
/// \throws InputError naming the file and line of every problem.
Network read_gml(const std::filesystem::path& path, DiagnosticList* warnings = nullptr);
/// The same from text in memory; `file` names it in messages.
Network read_gml_text(std::string_view text, const std::string& file, DiagnosticList* warnings = nullptr);

}  // namespace wijknet
