// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "wijknet/model/network.hpp"

namespace wijknet {

/// Reads GraphML as written by networkx, igraph, Gephi, yEd or wijknet (docs/formats.md).
/// \throws InputError for malformed or truncated XML and for every problem in the data.
Network read_graphml(const std::filesystem::path& path);
/// The same from text in memory; `file` names it in messages.
Network read_graphml_text(std::string_view xml, const std::string& file);

/// wijknet's own GraphML: one key per model field plus one per free attribute.
std::string graphml_text(const Network& network);
/// Writes atomically. \throws RunError when it cannot be written.
void write_graphml(const Network& network, const std::filesystem::path& path);

}  // namespace wijknet
