// SPDX-License-Identifier: MIT
#pragma once

#include "wijknet/model/attributes.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

// A tie read from a directed input (a Pajek arc, an edge of a directed GraphML, GEXF, GML or
// DOT graph, a cell of an asymmetric matrix) keeps its source and target and is marked
// `directed=yes`, so the CSV pair holds the mark like any other attribute. Which way support
// flows is the tie's own `direction` field, not this.

/// Marks a tie's attributes as those of a directed tie.
void mark_directed(Attributes& attributes);
/// Whether the attributes carry the mark.
[[nodiscard]] bool is_directed(const Attributes& attributes);
/// Whether the network has ties and every one is directed: then it is written as a directed graph.
[[nodiscard]] bool every_tie_directed(const Network& network);

}  // namespace wijknet
