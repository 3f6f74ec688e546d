// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "report_table.hpp"
#include "wijknet/analysis/betweenness.hpp"
#include "wijknet/model/date.hpp"

namespace wijknet::cli {

/// Every actor's place in the whole network, one row each in the actors' order (`wijknet measures
/// --every-actor`): size (distinct contacts), degree (ties), betweenness (raw and normalised),
/// Burt's constraint, effective size and efficiency, and k-core. Ties active on `at` when given.
/// O(actors x contacts) for exact betweenness; see betweenness().
ReportTable every_actor_table(const Network& network, std::optional<Date> at, const BetweennessOptions& betweenness_options);

}  // namespace wijknet::cli
