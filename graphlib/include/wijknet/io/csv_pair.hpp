// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "wijknet/model/network.hpp"

namespace wijknet {

inline constexpr std::string_view actors_file_name = "actors.csv";
inline constexpr std::string_view ties_file_name = "ties.csv";

/// Reads `folder/actors.csv` and `folder/ties.csv` (docs/formats.md).
/// \throws InputError with every problem in both files.
Network read_csv_pair(const std::filesystem::path& folder);

/// The same from text already in memory; `actors_name` and `ties_name` name the files in messages.
Network read_csv_pair_text(std::string_view actors_csv, std::string_view ties_csv, const std::string& actors_name,
                           const std::string& ties_name);

/// How the pair is written: wijknet's own (comma-separated UTF-8, English headers and values),
/// or for Dutch Excel, which opens it as columns (a byte order mark, `;` between fields, Dutch
/// headers and values, a decimal comma, a client's `ja` or `nee`). Both read back the same.
enum class CsvDialect { english, dutch_excel };

/// Writes the pair into `folder` (created when missing), free attributes as extra columns.
/// \throws RunError when the folder is not writable.
void write_csv_pair(const Network& network, const std::filesystem::path& folder, CsvDialect dialect = CsvDialect::english);

std::string actors_csv_text(const Network& network, CsvDialect dialect = CsvDialect::english);
std::string ties_csv_text(const Network& network, CsvDialect dialect = CsvDialect::english);

}  // namespace wijknet
