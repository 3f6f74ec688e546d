// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/workbook.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// Whether a workbook holds Kumu's sheets: a table of connections, a row starting with `From` and
/// `To` over it, as Kumu exports and imports them (load_network() reads a workbook that also has
/// wijknet's sheets `actors` and `ties` as wijknet's).
bool is_kumu_workbook(const Workbook& workbook);

/// The network in a workbook of Kumu sheets (docs/formats.md): every sheet whose first row starts
/// with `Label` (or `ID`, `Label`) gives elements, every one starting with `From`, `To` gives
/// connections; other sheets are left out with a warning, those named `(ignore)` without one.
/// Problems are told as `FILE: sheet 'Connections', row N: ...`. \throws InputError with every
/// problem.
Network read_kumu_workbook(const Workbook& workbook, const std::string& file_name, DiagnosticList* warnings = nullptr);

/// Whether a folder holds Kumu's import files: CSV files, one of connections (`From`, `To`) at
/// least, and no `actors.csv`.
bool is_kumu_folder(const std::filesystem::path& folder);

/// The network in a folder of Kumu CSV files, read as read_kumu_workbook() reads sheets, with
/// problems told as `FILE:LINE`.
Network read_kumu_folder(const std::filesystem::path& folder, DiagnosticList* warnings = nullptr);

}  // namespace wijknet
