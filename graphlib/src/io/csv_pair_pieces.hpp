// SPDX-License-Identifier: MIT
// Reading the CSV pair in pieces on every core, from a size the caller sets: the fuzz targets
// and tests read small inputs both ways, which must give the same network and the same messages.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "wijknet/model/network.hpp"

namespace wijknet {

/// Smaller files are read on one thread: starting threads would cost more than it saves.
inline constexpr std::size_t default_min_piece_bytes = std::size_t{16} << 20;

/// As read_csv_pair_text(), with each file of at least `min_piece_bytes` (and without quotes)
/// read in pieces on every core.
Network read_csv_pair_text_in_pieces(std::string_view actors_csv, std::string_view ties_csv, const std::string& actors_name,
                                     const std::string& ties_name, std::size_t min_piece_bytes);

}  // namespace wijknet
