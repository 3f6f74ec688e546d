// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// Reads a GEXF graph (Gephi's own format, versions 1.1 to 1.3) as Gephi, networkx and rgexf
/// write it (docs/formats.md): a node's `id` is the actor's id, its `label` the name; declared
/// attributes named as a field wijknet knows fill it, the others are kept, Gephi's drawing
/// (`viz:position`, `viz:color`, ...) too. A tie's spells give `since` and `until`; a directed edge
/// is marked `directed=yes`. An edge from a node to itself goes to `warnings`, left out.
/// \throws InputError naming the file and line of every problem.
Network read_gexf(const std::filesystem::path& path, DiagnosticList* warnings = nullptr);
/// The same from text in memory; `file` names it in messages.
Network read_gexf_text(std::string_view xml, const std::string& file, DiagnosticList* warnings = nullptr);

/// GEXF 1.2 for Gephi (which reads 1.2 and 1.3) and networkx (which reads only 1.2): every field and attribute as a declared attribute, typed (integer, double,
/// boolean, string) when every value fits, `since` and `until` as the tie's spell, drawing
/// positions (`layout_x`, `layout_y`) as `viz:position`.
std::string gexf_text(const Network& network);
/// Writes atomically. \throws RunError when it cannot be written.
void write_gexf(const Network& network, const std::filesystem::path& path);

}  // namespace wijknet
