// SPDX-License-Identifier: MIT
#pragma once

// Analysis results as report tables. Column names are a stable interface (docs/analyses.md):
// add columns at the end, never rename.

#include <vector>

#include "report_table.hpp"
#include "wijknet/analysis/change.hpp"
#include "wijknet/analysis/coordination.hpp"
#include "wijknet/analysis/ego_measures.hpp"
#include "wijknet/analysis/isolation.hpp"

namespace wijknet::cli {

/// "Anna Appelboom" for tables.
std::string display_name(const Network& network, ActorIndex actor);

ReportTable ego_measures_table(const Network& network, const std::vector<EgoMeasures>& egos);
ReportTable support_table(const Network& network, const EgoMeasures& ego);
ReportTable composition_table(const EgoMeasures& ego);

ReportTable coordination_table(const Network& network, const std::vector<CareCoordination>& clients);
ReportTable professionals_table(const Network& network, const CareCoordination& care);
ReportTable agenda_table(const Network& network, const std::vector<OrganisationPair>& agenda);

/// At most `limit` rows (0: all), made as they are written: `network` and `flags` must outlive
/// the table.
ReportTable isolation_table(const Network& network, const std::vector<IsolationFlag>& flags, std::size_t limit);
ReportTable isolation_table(const Network&, std::vector<IsolationFlag>&&, std::size_t) = delete;
ReportTable isolation_table(Network&&, const std::vector<IsolationFlag>&, std::size_t) = delete;
ReportTable area_isolation_table(const std::vector<AreaIsolation>& areas, const CountPolicy& policy);

std::vector<ReportTable> change_tables(const Network& network, const NetworkChange& change);

}  // namespace wijknet::cli
