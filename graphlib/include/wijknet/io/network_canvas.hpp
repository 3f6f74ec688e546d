// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/export_file.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// Whether `folder` holds a Network Canvas CSV export: a file named `*_ego.csv` and no
/// `actors.csv` of the CSV pair.
bool is_network_canvas_export(const std::filesystem::path& folder);

/// Reads the CSV files Network Canvas exports for one or more interviews (docs/formats.md): for
/// each `CASE_ego.csv`, its `CASE_attributeList_TYPE.csv` and `CASE_edgeList_TYPE.csv`. Each
/// interview's ego becomes a client, tied to each of its alters; alter ids are made unique per
/// interview (`case_1/3`). Node and edge types are kept as the attribute `networkCanvasType`,
/// every variable as an attribute. What is left out and why (a tie of a contact to itself, a file
/// that is not part of the export) goes to `warnings` when given.
/// \throws InputError naming the file and line of every problem.
Network read_network_canvas_export(const std::filesystem::path& folder, DiagnosticList* warnings = nullptr);

/// The same from files in memory; the last part of each name tells the interview and the table.
Network read_network_canvas_files(std::span<const ExportFile> files, DiagnosticList* warnings = nullptr);

}  // namespace wijknet
