// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// read_ucinet_dl_text() with another limit on N=, for the fuzz target, whose memory is
/// bounded (the reader's own limit is Pajek's: a few bytes can ask for any number of actors).
Network read_ucinet_dl_text_up_to(std::string_view text, const std::string& file, std::size_t max_actors, DiagnosticList* warnings = nullptr);

}  // namespace wijknet
