// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wijknet::cli {

/// The Dutch header of a report column (docs/analyses.md lists both), for CSV written for Dutch
/// Excel; nothing for a column without one.
std::optional<std::string_view> dutch_column_name(std::string_view column);

/// A cell's text in Dutch: the actor kinds of `kind` columns as the CSV pair writes them in Dutch
/// (`resident` -> `bewoner`); other text, such as the reasons' codes, as it is.
std::string dutch_cell_text(std::string_view column, std::string_view text);

}  // namespace wijknet::cli
