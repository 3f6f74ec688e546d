// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// Reads a UCINET DL file as UCINET, Gephi and igraph write it (docs/formats.md): `N=`, one or
/// several matrices (`NM=`), `FORMAT = FULLMATRIX` (diagonal present or absent), `EDGELIST1` or
/// `NODELIST1`, labels listed, embedded in the data, or absent. An actor's label is its id and
/// name (without labels, its number). Each matrix's cells that are not zero are ties, with the
/// value as `weight` when it is not 1 and, in a file of several matrices, the matrix's label as
/// `relation`. A symmetric matrix gives one undirected tie per pair, any other a directed tie per
/// cell; a cell on the diagonal is a warning and left out.
/// \throws InputError naming the file and line of every problem.
Network read_ucinet_dl(const std::filesystem::path& path, DiagnosticList* warnings = nullptr);
/// The same from text in memory; `file` names it in messages.
Network read_ucinet_dl_text(std::string_view text, const std::string& file, DiagnosticList* warnings = nullptr);

/// Whether a `.dat` or `.txt` file is a DL file (its first word is `DL`), as UCINET's own text
/// data sets are often named.
bool is_ucinet_dl_file(const std::filesystem::path& path);

}  // namespace wijknet
