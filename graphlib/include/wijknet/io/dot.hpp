// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// Reads a Graphviz graph as Graphviz itself reads it (cgraph parses it): nodes become actors,
/// named by their `label` (or their name), edges ties; attributes named as a field wijknet knows
/// (`kind`, `sector`, `strength`, ... and the Dutch names) fill it, the others are kept, and a
/// `digraph`'s ties are marked `directed=yes` (docs/formats.md). An edge from a node to itself
/// goes to `warnings`, left out, as do Graphviz's own warnings.
/// \throws InputError naming the file and line (or node, or edge) of every problem.
Network read_dot(const std::filesystem::path& path, DiagnosticList* warnings = nullptr);
/// The same from text in memory; `file` names it in messages.
Network read_dot_text(std::string_view text, const std::string& file, DiagnosticList* warnings = nullptr);

/// An undirected Graphviz graph: nodes with label and kind, edges with kind, weak ties dashed.
std::string dot_text(const Network& network);
/// Writes atomically. \throws RunError when it cannot be written; InputError for an actor id
/// starting with `%`, which Graphviz would lose.
void write_dot(const Network& network, const std::filesystem::path& path);

}  // namespace wijknet
