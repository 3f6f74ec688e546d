// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace wijknet {

/// \brief One file of another tool's export, in memory: `name` names it in messages.
struct ExportFile {
    std::string name;
    std::string_view text;
};

}  // namespace wijknet
