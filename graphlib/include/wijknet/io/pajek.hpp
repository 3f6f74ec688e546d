// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// Reads a Pajek network (`.net`) as Pajek, networkx and igraph write it: `*Vertices`, then
/// `*Edges`, `*Arcs`, `*Edgeslist` or `*Arcslist` (docs/formats.md). A vertex's number is the
/// actor's id and its label the name; drawing positions, shapes and `key value` options are
/// kept as attributes, an edge's weight as `weight`.
/// \throws InputError naming the file and line of every problem.
Network read_pajek(const std::filesystem::path& path, DiagnosticList* warnings = nullptr);
/// The same from text in memory; `file` names it in messages.
Network read_pajek_text(std::string_view text, const std::string& file, DiagnosticList* warnings = nullptr);

}  // namespace wijknet
