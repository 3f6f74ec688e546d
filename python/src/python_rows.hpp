// SPDX-License-Identifier: MIT
// Results as Python rows: a list of dicts, one per row, that a pandas.DataFrame takes as it is.
#pragma once

#include <pybind11/pybind11.h>

#include <span>
#include <string>
#include <vector>

#include "report_table.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet::python {

/// A report table's rows with its column names, each cell as the JSON report has it (a
/// suppressed count or a NaN as None), numbers as Python numbers.
pybind11::list rows_of(const cli::ReportTable& table);

/// Several tables by their names, as the JSON report has them: {"summary": [rows], ...}.
pybind11::dict tables_of(const std::vector<cli::ReportTable>& tables);

/// The rows of a CSV table (the CSV pair wijknet writes): a column whose every filled value is a
/// whole number, a decimal or yes/no becomes int, float or bool, as the GraphML writer types it;
/// an empty cell is None.
pybind11::list rows_of_csv(const std::string& csv_text, const std::string& name);

}  // namespace wijknet::python
