// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <span>

#include "wijknet/gis/gis_module.hpp"

namespace wijknet::cli {

/// The GIS seam's functions, from the GIS module, opened the first time a command needs it: next
/// to the program, else where the build put it. Commands without maps never load GDAL.
/// \throws RunError naming the files looked for, when none opens or one is from another build.
const gis::GisModule& gis_module();

/// The GIS module's spreadsheet reader (gis::read_workbook), for set_workbook_reader().
Workbook read_workbook_with_gis_module(const std::filesystem::path& path);

/// Opens the first of `candidates` that exists and checks it belongs to this build of wijknet.
/// \throws RunError as gis_module() does.
const gis::GisModule& open_gis_module(std::span<const std::filesystem::path> candidates);

}  // namespace wijknet::cli
