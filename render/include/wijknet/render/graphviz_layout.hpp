// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wijknet/model/network.hpp"
#include "wijknet/render/canvas.hpp"

namespace wijknet::render {

/// A graph handed to Graphviz: nodes 0..node_count-1 and undirected edges between them.
struct LayoutGraph {
    std::size_t node_count = 0;
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    /// Optional node labels (Graphviz sizes nodes to fit them); empty for none.
    std::vector<std::string> labels;
};

/// The graph of `actors` (node i is actors[i]) and those of `ties` between them.
LayoutGraph layout_graph_of(const Network& network, std::span<const ActorIndex> actors, std::span<const TieIndex> ties);

/// The Graphviz layout engines wijknet offers.
bool is_graphviz_engine(std::string_view engine);  // neato, fdp, sfdp, dot

/// Node positions (points, y down) from a Graphviz engine run in-process through cgraph/gvc.
/// \throws RunError when Graphviz fails.
std::vector<Point> graphviz_layout(const LayoutGraph& graph, std::string_view engine);

/// Graphviz's own layout and rendering to a file (format from Graphviz's renderers, e.g. "svg"),
/// in-process: the peer of wijknet's drawing in benchmarks. \throws RunError when Graphviz fails.
void graphviz_render_file(const LayoutGraph& graph, std::string_view engine, std::string_view format,
                          const std::filesystem::path& path);

}  // namespace wijknet::render
