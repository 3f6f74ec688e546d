// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "wijknet/model/network.hpp"

namespace wijknet {

/// \brief One row of a sheet: its number as the spreadsheet shows it (from 1) and its cells as
/// text, dates as `YYYY-MM-DD`.
struct SheetRow {
    std::size_t number = 0;
    std::vector<std::string> cells;
};

/// \brief One sheet of a spreadsheet file, by its tab's name.
struct Sheet {
    std::string name;
    std::vector<SheetRow> rows;
};

/// \brief The sheets of a spreadsheet file (`.xlsx`, `.ods`), as text.
struct Workbook {
    std::vector<Sheet> sheets;
};

/// Reads a spreadsheet file; \throws InputError when it cannot be read as one.
using WorkbookReader = Workbook (*)(const std::filesystem::path& path);

/// Sets how load_network() reads `.xlsx` and `.ods` files. graphlib has no spreadsheet reader of
/// its own: GDAL's sits behind the GIS seam (wijknet::gis::read_workbook), which a program links
/// or, as the command line does, loads when a workbook is first read. Until one is set, reading a
/// workbook throws RunError.
void set_workbook_reader(WorkbookReader reader);

/// Reads a workbook file with the reader set; \throws RunError when none is set.
Workbook read_workbook_file(const std::filesystem::path& path);

/// Whether a workbook has wijknet's two sheets, `actors` and `ties` (or their Dutch names).
bool has_actor_and_tie_sheets(const Workbook& workbook);

/// The network in a workbook's sheets `actors` and `ties` (or `actoren`/`personen` and
/// `relaties`/`banden`, in any case), each filled in as the CSV pair's file of that name
/// (docs/formats.md). Problems are told as `FILE: sheet 'actors', row N: ...`, `file_name` being
/// the workbook's name. \throws InputError naming the sheets found when one is missing, or with
/// every problem of both sheets.
Network read_workbook_network(const Workbook& workbook, const std::string& file_name);

}  // namespace wijknet
