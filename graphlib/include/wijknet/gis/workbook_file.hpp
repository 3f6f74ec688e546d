// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include "wijknet/io/workbook.hpp"

namespace wijknet::gis {

/// Reads a spreadsheet file (`.xlsx` as Excel and LibreOffice save it, `.ods`) through GDAL's
/// XLSX and ODS drivers: every sheet, every row with its number, every cell as text (numbers as
/// written, dates as `YYYY/MM/DD` or `YYYY-MM-DD`, booleans `1`/`0`). Empty rows are left out.
/// The WorkbookReader for set_workbook_reader().
/// \throws InputError when the file is missing or not a spreadsheet GDAL can read.
Workbook read_workbook(const std::filesystem::path& path);

}  // namespace wijknet::gis
