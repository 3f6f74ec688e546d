// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// Reads GraphML as written by networkx, igraph, Gephi, yEd, Network Canvas or wijknet
/// (docs/formats.md). Network Canvas's interviews (one per <graph>) each get their ego as a
/// client tied to its alters, whose ids are scoped by the ego (`case_1/3`). What is left out and
/// why (a Network Canvas tie of a node to itself) goes to `warnings` when given.
/// \throws InputError for malformed or truncated XML and for every problem in the data.
Network read_graphml(const std::filesystem::path& path, DiagnosticList* warnings = nullptr);
/// The same from text in memory; `file` names it in messages.
Network read_graphml_text(std::string_view xml, const std::string& file, DiagnosticList* warnings = nullptr);

/// wijknet's own GraphML: one key per model field plus one per free attribute.
std::string graphml_text(const Network& network);
/// Writes atomically. \throws RunError when it cannot be written.
void write_graphml(const Network& network, const std::filesystem::path& path);

}  // namespace wijknet
