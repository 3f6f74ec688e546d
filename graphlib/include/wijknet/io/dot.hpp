// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

#include "wijknet/model/network.hpp"

namespace wijknet {

/// An undirected Graphviz graph: nodes with label and kind, edges with kind, weak ties dashed.
std::string dot_text(const Network& network);
/// Writes atomically. \throws RunError when it cannot be written.
void write_dot(const Network& network, const std::filesystem::path& path);

}  // namespace wijknet
