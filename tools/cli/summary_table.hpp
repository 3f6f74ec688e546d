// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>

#include "wijknet/analysis/network_summary.hpp"

namespace wijknet::cli {

/// Prints what `wijknet info` shows, as aligned plain text for a terminal.
void print_summary(const Network& network, const NetworkSummary& summary, std::ostream& out);

}  // namespace wijknet::cli
