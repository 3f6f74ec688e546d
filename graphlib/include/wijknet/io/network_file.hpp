// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

enum class NetworkFormat { csv_pair, graphml, gexf, pajek, gml, dot, easynwk, ucinet_dl, workbook, project };

/// The format a path names: `.graphml`, `.gexf`, `.net` (Pajek, read only), `.gml` (read only), `.dot`/`.gv`, `.json` (easyNWK, read only), `.dl` (UCINET, read only; also a `.dat` or `.txt` that starts with DL), `.xlsx`/`.ods` (a workbook, read only), `.wijknet` (a project, also any file that
/// starts as one), or a folder (an existing directory or a path without extension) for the CSV
/// pair. \throws InputError for any other extension.
NetworkFormat format_of(const std::filesystem::path& path);

/// Reads a NETWORK argument: a folder with the CSV pair or a Network Canvas CSV export, a
/// `.graphml`, `.gexf`, Pajek `.net`, `.gml`, Graphviz `.dot`, easyNWK `.json` or UCINET `.dl` file, an `.xlsx` or `.ods` workbook with sheets actors and ties (read through the reader set_workbook_reader() sets) or a project (every version of every tie, as a dated CSV pair
/// holds them; the read is not logged: programs that show a client's network log it through
/// store::Project::record_read()). What a reader left out of the network and why goes to
/// `warnings` when given (a Network Canvas tie of a contact to itself).
/// \throws InputError for a missing path, an unreadable format, or any problem in the data.
Network load_network(const std::filesystem::path& path, DiagnosticList* warnings = nullptr);

/// Writes in the format the path names; nothing is replaced unless the whole output was written.
/// A project is made new, logged as made from `source`; an existing one is not replaced.
/// \throws InputError for an unknown extension or an existing project, RunError when writing fails.
void save_network(const Network& network, const std::filesystem::path& path, std::string_view source = {});

}  // namespace wijknet
