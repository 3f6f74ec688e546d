// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

#include "wijknet/model/network.hpp"

namespace wijknet {

enum class NetworkFormat { csv_pair, graphml, dot };

/// The format a path names: `.graphml`, `.dot`/`.gv`, or a folder (an existing directory or a path
/// without extension) for the CSV pair. \throws InputError for any other extension.
NetworkFormat format_of(const std::filesystem::path& path);

/// Reads a NETWORK argument: a folder with the CSV pair or a `.graphml` file.
/// \throws InputError for a missing path, an unreadable format, or any problem in the data.
Network load_network(const std::filesystem::path& path);

/// Writes in the format the path names; nothing is replaced unless the whole output was written.
/// \throws InputError for an unknown extension, RunError when writing fails.
void save_network(const Network& network, const std::filesystem::path& path);

}  // namespace wijknet
