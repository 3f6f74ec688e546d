// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <span>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/export_file.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// Whether `folder` holds ego-centred tables as egor, EgoWeb and openeddi write them (and no
/// `actors.csv` of the CSV pair): an ego table, an alter table with an ego id column and,
/// optionally, an alter-alter table. Tables are told apart by their columns (docs/formats.md).
bool is_ego_tables_folder(const std::filesystem::path& folder);

/// Reads ego-centred tables: each ego becomes a client tied to each of its alters; alter ids,
/// which repeat between egos, are made unique per ego (`2/201`); every other column is kept as an
/// attribute. What is left out and why goes to `warnings` when given.
/// \throws InputError naming the file and line of every problem.
Network read_ego_tables(const std::filesystem::path& folder, DiagnosticList* warnings = nullptr);
/// The same from files in memory.
Network read_ego_tables_files(std::span<const ExportFile> files, DiagnosticList* warnings = nullptr);

}  // namespace wijknet
