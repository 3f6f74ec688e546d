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

/// Writes the pair into `folder` (created when missing), comma-separated UTF-8 with English
/// headers, free attributes as extra columns. \throws RunError when the folder is not writable.
void write_csv_pair(const Network& network, const std::filesystem::path& folder);

std::string actors_csv_text(const Network& network);
std::string ties_csv_text(const Network& network);

}  // namespace wijknet
