// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace wijknet::cli {

/// The whole `wijknet` command: `args` without the program name. Returns the exit code.
/// Output goes to `out`, messages (`wijknet: ...`) to `err`.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace wijknet::cli
