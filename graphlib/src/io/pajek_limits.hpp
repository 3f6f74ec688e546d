// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// A `*Vertices` count above this is refused: a few bytes can ask for any number of actors, and
/// one above the country's population is a damaged file rather than a network.
inline constexpr std::size_t max_pajek_vertices = 50'000'000;

/// read_pajek_text() with another limit, for the fuzz target, whose memory is bounded.
Network read_pajek_text_up_to(std::string_view text, const std::string& file, std::size_t max_vertices, DiagnosticList* warnings = nullptr);

}  // namespace wijknet
