// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "report_table.hpp"
#include "wijknet/analysis/betweenness.hpp"
#include "wijknet/analysis/contact_graph.hpp"

namespace wijknet::cli {

/// The whole network's tables, as `wijknet structure` writes them: summary, top_brokers (the
/// `top` actors of highest betweenness), articulation_points, bridges, gatekeepers and
/// no_route_to_professionals. `between` is the betweenness of `graph`, computed by the caller,
/// who chooses exact or sampled.
std::vector<ReportTable> structure_tables(const Network& network, const ContactGraph& graph, const Betweenness& between, std::size_t top);

}  // namespace wijknet::cli
